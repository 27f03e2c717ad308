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
    private readonly string[] _materialIds;

    internal NewsScorer(SeedFiles seeds)
    {
        _lexicon = LexiconLoader.Load(seeds);
        _scanner = new MentionScanner(_lexicon);
        _extractor = new EventExtractor(_lexicon);
        _aggregator = new SectorAggregator(_lexicon);
        _materialIds = _lexicon.Materials.Select(m => m.Id).ToArray();
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
        return Score(item.FullText, item.Title.Length, item.PublishedAt);
    }

    /// <summary>Scores a news text laid out as <see cref="NewsText.FullText"/> is: the title, a
    /// blank line ("\n\n") and the body, or the body alone when <paramref name="titleLength"/>
    /// is 0. Evidence offsets point into <paramref name="fullText"/>. For a caller that holds the
    /// text in a buffer of its own: the scoring service decodes a request into a pooled one
    /// rather than into a title, a body and their concatenation (12 KB of strings for a 3 KB
    /// article). Thread-safe.</summary>
    public ScoreResult Score(ReadOnlySpan<char> fullText, int titleLength, DateTimeOffset publishedAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(titleLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(titleLength, fullText.Length);
        var scratch = ScoringScratch.Current;
        _scanner.Scan(fullText, scratch.Raw, scratch.Mentions);
        SentenceSplitter.Split(fullText, scratch.Sentences);
        var events = scratch.Events;
        events.Clear();
        _extractor.Extract(fullText, titleLength, publishedAt, scratch, events);
        return BuildResult(fullText, events);
    }

    /// <summary>The mention scan alone (trie walk with word-boundary checks); returns the
    /// number of raw matches. Used by the benchmark to compare with the full scorer.</summary>
    internal int ScanMentionsOnly(string text)
    {
        var scratch = ScoringScratch.Current;
        _scanner.ScanRaw(text, scratch.Raw);
        return scratch.Raw.Count;
    }

    private ScoreResult BuildResult(ReadOnlySpan<char> text, List<ExtractedEvent> events)
    {
        var scale = _lexicon.Scale;
        var sectorIds = _lexicon.SectorIds;
        var exposure = new double[events.Count * sectorIds.Length];
        for (var i = 0; i < events.Count; i++)
        {
            for (var s = 0; s < sectorIds.Length; s++)
            {
                exposure[(i * sectorIds.Length) + s] = _aggregator.Exposure(events[i], s);
            }
        }

        // One Evidence (and one copy of its sentence) per sentence, shared by every sector and
        // event that cites it.
        var evidence = new Evidence[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            for (var j = 0; j < i && evidence[i] is null; j++)
            {
                if (events[j].SentenceStart == ev.SentenceStart && events[j].SentenceEnd == ev.SentenceEnd)
                {
                    evidence[i] = evidence[j];
                }
            }

            evidence[i] ??= new Evidence(new string(text[ev.SentenceStart..ev.SentenceEnd]), ev.SentenceStart, ev.SentenceEnd);
        }

        var sectors = new SectorScore[sectorIds.Length];
        for (var s = 0; s < sectorIds.Length; s++)
        {
            sectors[s] = BuildSector(events, evidence, exposure, s);
        }

        var scored = new ScoredEvent[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            var touched = new List<string>(sectorIds.Length);
            for (var s = 0; s < sectorIds.Length; s++)
            {
                if (exposure[(i * sectorIds.Length) + s] > 0)
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
                evidence[i]);
        }

        var overall = Math.Round(_aggregator.Combine(events, -1), 2);
        return new ScoreResult(ModelVersion, _aggregator.DirectionOf(overall, scale.OverallDirectionThreshold), sectors, scored)
        {
            OverallContribution = overall,
        };
    }

    private SectorScore BuildSector(List<ExtractedEvent> events, Evidence[] evidence, double[] exposures, int s)
    {
        var sector = _lexicon.SectorIds[s];
        ulong materials = 0, countries = 0;
        var touching = 0;
        for (var i = 0; i < events.Count; i++)
        {
            if (exposures[(i * _lexicon.SectorIds.Length) + s] <= 0)
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
            StrongestEvidence(events, evidence, exposures, _lexicon.SectorIds.Length, s),
            MaterialIds(materials),
            CountryIds(countries));
    }

    private static List<Evidence> StrongestEvidence(List<ExtractedEvent> events, Evidence[] evidenceOf, double[] exposure, int sectors, int s)
    {
        // Strongest events first; ties keep text order. Small n, so a selection pass is enough.
        var evidence = new List<Evidence>(MaxEvidencePerSector);
        Span<bool> taken = events.Count <= 256 ? stackalloc bool[events.Count] : new bool[events.Count];
        while (evidence.Count < MaxEvidencePerSector)
        {
            var best = -1;
            var bestWeight = 0.0;
            for (var i = 0; i < events.Count; i++)
            {
                var weight = events[i].Magnitude * exposure[(i * sectors) + s];
                if (!taken[i] && weight > bestWeight)
                {
                    best = i;
                    bestWeight = weight;
                }
            }

            if (best < 0)
            {
                break;
            }

            taken[best] = true;
            if (!evidence.Contains(evidenceOf[best]))
            {
                evidence.Add(evidenceOf[best]);
            }
        }

        return evidence;
    }

    private List<string> MaterialIds(ulong set) => Ids(set, _materialIds);

    private List<string> CountryIds(ulong set) => Ids(set, _lexicon.CountryIds);

    private static List<string> Ids(ulong set, string[] name)
    {
        var ids = new List<string>(System.Numerics.BitOperations.PopCount(set));
        while (set != 0)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(set);
            set &= set - 1;
            ids.Add(name[i]);
        }

        return ids;
    }
}
