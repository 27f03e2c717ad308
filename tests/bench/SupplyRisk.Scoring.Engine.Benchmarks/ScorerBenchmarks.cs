using BenchmarkDotNet.Attributes;

namespace SupplyRisk.Scoring.Engine.Benchmarks;

/// <summary>One operation = the whole corpus, single-threaded (so throughput is per core).
/// FullScorer runs <see cref="NewsScorer.Score"/> on every article (title/body concatenation
/// included); MentionScanOnly runs the trie walk with word-boundary checks on the same
/// texts, already concatenated.</summary>
[MemoryDiagnoser]
public class ScorerBenchmarks
{
    internal const int CorpusBytes = 4 * 1024 * 1024;

    private Corpus _corpus = null!;
    private NewsScorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = new Corpus(CorpusBytes);
        _scorer = NewsScorer.Default;
        _scorer.Score(_corpus.Items[0]);
    }

    [Benchmark(Baseline = true)]
    public int FullScorer()
    {
        var events = 0;
        foreach (var item in _corpus.Items)
        {
            events += _scorer.Score(item).Events.Count;
        }

        return events;
    }

    [Benchmark]
    public int MentionScanOnly()
    {
        var matches = 0;
        foreach (var text in _corpus.FullTexts)
        {
            matches += _scorer.ScanMentionsOnly(text);
        }

        return matches;
    }
}
