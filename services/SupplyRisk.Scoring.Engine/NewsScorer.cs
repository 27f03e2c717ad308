using SupplyRisk.Scoring.Engine.Baseline;
using SupplyRisk.Scoring.Engine.Events;
using SupplyRisk.Scoring.Engine.Lexicon;
using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Sectors;
using SupplyRisk.Scoring.Engine.Seeds;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine;

/// <summary>Reads a news item and says how it moves supply risk per sector, and why. Pure: the
/// seeds are embedded, nothing is read or written at run time, and the same input always gives
/// the same output. One instance is immutable and safe to share between threads.</summary>
public sealed class NewsScorer
{
    private const int MaxEvidencePerSector = 5;

    private readonly ScoringLexicon _lexicon;
    private readonly MentionScanner _scanner;
    private readonly EventExtractor _extractor;
    private readonly SectorAggregator _aggregator;

    internal NewsScorer(SeedFiles seeds)
    {
        _lexicon = LexiconLoader.Load(seeds);
        _scanner = new MentionScanner(_lexicon);
        _extractor = new EventExtractor(_lexicon);
        _aggregator = new SectorAggregator(_lexicon);
        ModelVersion = seeds.ComputeModelVersion();
        Baselines = BaselineCalculator.Compute(_lexicon);
    }

    /// <summary>The scorer built from the embedded seeds; built once on first use.</summary>
    public static NewsScorer Default { get; } = new(SeedFiles.FromEmbeddedResources());

    /// <summary>"rules-1+" and a hash of the rules version and every seed byte.</summary>
    public string ModelVersion { get; }

    /// <summary>Structural risk per sector (0–100), every term visible; independent of news.</summary>
    public IReadOnlyList<SectorBaseline> Baselines { get; }

    internal ScoringLexicon Lexicon => _lexicon;

    /// <summary>Thread-safe; called concurrently by the scoring service.</summary>
    public ScoreResult Score(NewsText item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = item.FullText;
        var scratch = ScoringScratch.Current;
        _scanner.Scan(text, scratch.Raw, scratch.Mentions);
        SentenceSplitter.Split(text, scratch.Sentences);
        var events = scratch.Events;
        events.Clear();
        _extractor.Extract(text, item.Title.Length, item.PublishedAt, scratch, events);
        return BuildResult(text, events);
    }

    /// <summary>The mention scan alone (automaton pass with word-boundary checks); returns the
    /// number of raw matches. Used by the benchmark to compare with the full scorer.</summary>
    internal int ScanMentionsOnly(string text)
    {
        var scratch = ScoringScratch.Current;
        _scanner.ScanRaw(text, scratch.Raw);
        return scratch.Raw.Count;
    }

    private ScoreResult BuildResult(string text, List<ExtractedEvent> events)
    {
        var scale = _lexicon.Scale;
        var sectorIds = _lexicon.SectorIds;
        var sectors = new SectorScore[sectorIds.Length];
        for (var s = 0; s < sectorIds.Length; s++)
        {
            sectors[s] = BuildSector(text, events, s);
        }

        var scored = new ScoredEvent[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            var touched = new List<string>(sectorIds.Length);
            for (var s = 0; s < sectorIds.Length; s++)
            {
                if (_aggregator.Exposure(ev, s) > 0)
                {
                    touched.Add(sectorIds[s]);
                }
            }

            scored[i] = new ScoredEvent(
                ev.Type,
                ev.Direction > 0 ? "up" : "down",
                ev.Background,
                ev.Confidence,
                MaterialIds(ev.Materials),
                CountryIds(ev.Countries),
                touched,
                new Evidence(text[ev.SentenceStart..ev.SentenceEnd], ev.SentenceStart, ev.SentenceEnd));
        }

        var overall = Math.Round(_aggregator.Combine(events, -1), 2);
        return new ScoreResult(ModelVersion, _aggregator.DirectionOf(overall, scale.OverallDirectionThreshold), sectors, scored)
        {
            OverallContribution = overall,
        };
    }

    private SectorScore BuildSector(string text, List<ExtractedEvent> events, int s)
    {
        var sector = _lexicon.SectorIds[s];
        ulong materials = 0, countries = 0;
        var touching = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var exposure = _aggregator.Exposure(events[i], s);
            if (exposure <= 0)
            {
                continue;
            }

            touching++;
            countries |= events[i].Countries;
            var set = events[i].Materials;
            while (set != 0)
            {
                var m = System.Numerics.BitOperations.TrailingZeroCount(set);
                set &= set - 1;
                if ((events[i].NamedSectors & (1 << s)) != 0 || _lexicon.Materials[m].SectorWeights[s] >= _lexicon.Scale.SectorWeightThreshold)
                {
                    materials |= 1UL << m;
                }
            }
        }

        if (touching == 0)
        {
            return new SectorScore(sector, "none", 0, [], [], []);
        }

        var contribution = Math.Round(_aggregator.Combine(events, s), 2);
        return new SectorScore(
            sector,
            _aggregator.DirectionOf(contribution, _lexicon.Scale.SectorDirectionThreshold),
            contribution,
            Evidence(text, events, s),
            MaterialIds(materials),
            CountryIds(countries));
    }

    private List<Evidence> Evidence(string text, List<ExtractedEvent> events, int s)
    {
        var ranked = events
            .Select(e => (Event: e, Weight: e.Magnitude * _aggregator.Exposure(e, s)))
            .Where(x => x.Weight > 0)
            .OrderByDescending(x => x.Weight)
            .ThenBy(x => x.Event.SentenceStart);
        var evidence = new List<Evidence>(MaxEvidencePerSector);
        foreach (var (ev, _) in ranked)
        {
            if (evidence.Count == MaxEvidencePerSector)
            {
                break;
            }

            if (!evidence.Exists(e => e.Start == ev.SentenceStart))
            {
                evidence.Add(new Evidence(text[ev.SentenceStart..ev.SentenceEnd], ev.SentenceStart, ev.SentenceEnd));
            }
        }

        return evidence;
    }

    private List<string> MaterialIds(ulong set) => Ids(set, i => _lexicon.Materials[i].Id);

    private List<string> CountryIds(ulong set) => Ids(set, i => _lexicon.CountryIds[i]);

    private static List<string> Ids(ulong set, Func<int, string> name)
    {
        var ids = new List<string>(System.Numerics.BitOperations.PopCount(set));
        while (set != 0)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(set);
            set &= set - 1;
            ids.Add(name(i));
        }

        return ids;
    }
}
