using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace SupplyRisk.Scoring.Engine.Benchmarks;

/// <summary>How much the scorer leans on the CPU caches: scores the 3 KB benchmark article
/// (<c>article-3k.json</c>, the one <c>http.sh</c> posts) a few thousand times, each time after
/// writing through a buffer of the given size so that other memory has passed through the caches
/// first, as a web server, the kernel and a load generator do between two requests. Clean runs
/// (no sweep), before and after, are the baseline measured in the same process; each run prints
/// its median and 90th percentile µs per score and the ratio of its median to the lower clean
/// median. Only the score is timed, not the sweep.</summary>
internal static class CacheSweep
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(4);
    private const int Scores = 4000;
    private static readonly int[] DefaultSweepsKb = [512, 1024, 2048, 4096];

    internal static void Run(string[] args)
    {
        var sweeps = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : DefaultSweepsKb;
        var article = LoadArticle();
        var scorer = NewsScorer.Default;
        // Long enough for tiered compilation to finish with the scorer's hot methods.
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < Warmup)
        {
            scorer.Score(article);
        }

        // Clean runs first and last: the VM's speed drifts, and the lower of the two is the baseline.
        var sizes = sweeps.Where(kb => kb > 0).Distinct().ToArray();
        var runs = new List<(int Kb, double Median, double P90)> { (0, 0, 0) };
        runs.AddRange(sizes.Select(kb => (kb, 0.0, 0.0)));
        runs.Add((0, 0, 0));
        for (var r = 0; r < runs.Count; r++)
        {
            var (median, p90) = Measure(scorer, article, runs[r].Kb);
            runs[r] = (runs[r].Kb, median, p90);
        }

        var clean = Math.Min(runs[0].Median, runs[^1].Median);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{Scores} scores of article-3k.json per run; baseline: the lower clean median, {clean:F1} us"));
        foreach (var (kb, median, p90) in runs)
        {
            Console.WriteLine(string.Create(inv,
                $"sweep {kb,5} KB: median {median,6:F1} us, p90 {p90,6:F1} us, {median / clean,5:F2} x clean"));
        }
    }

    private static (double Median, double P90) Measure(NewsScorer scorer, NewsText article, int sweepKb)
    {
        // One long per 8 bytes, touched once per 64-byte line: every line of the buffer is written.
        var buffer = new long[sweepKb * 128];
        var times = new double[Scores];
        for (var i = 0; i < Scores; i++)
        {
            for (var j = 0; j < buffer.Length; j += 8)
            {
                buffer[j] += i;
            }

            var started = Stopwatch.GetTimestamp();
            scorer.Score(article);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }

        Array.Sort(times);
        GC.KeepAlive(buffer);
        return (times[Scores / 2], times[Scores * 9 / 10]);
    }

    private static NewsText LoadArticle()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "article-3k.json")));
        var root = doc.RootElement;
        return new NewsText(root.GetProperty("title").GetString()!, root.GetProperty("body").GetString()!, DateTimeOffset.UtcNow);
    }
}
