using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.Loader;
using System.Text.Json;

namespace SupplyRisk.Scoring.Engine.Benchmarks;

/// <summary>Two builds of the engine in one process: each loaded from its own directory into an
/// assembly load context of its own, both scoring the 3 KB benchmark article in alternating
/// blocks. On the 2-core VM, runs of one build in separate processes drift by 50 % or more from
/// one minute to the next (the same build measured 47 and 85 µs a score in consecutive runs);
/// alternating blocks a few milliseconds long put both builds in the same minute, and a
/// difference of 1-2 % shows. Prints each build's median, 10th and 25th percentile µs per score
/// and the median of the per-pair ratios (B over A, blocks run back to back). With a sweep size,
/// every score follows a walk through that many KB of other memory (as in <see cref="CacheSweep"/>),
/// which is closer to a score in the service, beside Kestrel, the kernel and the load generator;
/// only the scores are timed.</summary>
internal static class SideBySide
{
    private const int ScoresPerBlock = 400;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(6);

    internal static void Run(string[] args)
    {
        if (args.Length < 2)
        {
            throw new ArgumentException("usage: ab DIR_A DIR_B [SECONDS] [SWEEP_KB] (directories that hold a build of SupplyRisk.Scoring.Engine.dll)");
        }

        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 30;
        var sweepKb = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
        var sweep = new long[sweepKb * 128];
        var (title, body) = LoadArticle();
        Func<object>[] builds = [Load(args[0], title, body), Load(args[1], title, body)];

        // Both builds through tiered compilation before anything is timed.
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < Warmup)
        {
            foreach (var score in builds)
            {
                score();
            }
        }

        var times = new List<double>[] { [], [] };
        var clock = Stopwatch.StartNew();
        var flip = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            // Which build goes first alternates too, so neither always follows the other.
            for (var k = 0; k < 2; k++)
            {
                var b = k ^ flip;
                times[b].Add(sweep.Length == 0 ? TimeBlock(builds[b]) : TimeSweptBlock(builds[b], sweep));
            }

            flip ^= 1;
        }

        var inv = CultureInfo.InvariantCulture;
        if (sweepKb > 0)
        {
            Console.WriteLine(string.Create(inv, $"each score after a sweep of {sweepKb} KB"));
        }

        var ratios = times[0].Zip(times[1], (a, b) => b / a).Order().ToList();
        for (var b = 0; b < 2; b++)
        {
            var sorted = times[b].Order().ToList();
            Console.WriteLine(string.Create(inv,
                $"{(b == 0 ? "A" : "B")} {args[b]}: median {sorted[sorted.Count / 2]:F2} us, p10 {sorted[sorted.Count / 10]:F2}, p25 {sorted[sorted.Count / 4]:F2} ({sorted.Count} blocks of {ScoresPerBlock})"));
        }

        Console.WriteLine(string.Create(inv, $"B / A, median of the pairs: {ratios[ratios.Count / 2]:F3} (p25 {ratios[ratios.Count / 4]:F3}, p75 {ratios[ratios.Count * 3 / 4]:F3})"));
    }

    /// <summary>µs per score over a block of back-to-back scores.</summary>
    private static double TimeBlock(Func<object> score)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < ScoresPerBlock; i++)
        {
            score();
        }

        return Stopwatch.GetElapsedTime(started).TotalMicroseconds / ScoresPerBlock;
    }

    /// <summary>µs per score over a block, each score after a write to every cache line of
    /// <paramref name="sweep"/>; the sweeps are not timed.</summary>
    private static double TimeSweptBlock(Func<object> score, long[] sweep)
    {
        long ticks = 0;
        for (var i = 0; i < ScoresPerBlock; i++)
        {
            for (var j = 0; j < sweep.Length; j += 8)
            {
                sweep[j] += i;
            }

            var started = Stopwatch.GetTimestamp();
            score();
            ticks += Stopwatch.GetTimestamp() - started;
        }

        return ticks * 1e6 / Stopwatch.Frequency / ScoresPerBlock;
    }

    /// <summary>NewsScorer.Default.Score(article) of the build in <paramref name="directory"/>, as
    /// a compiled call (no reflection on the timed path; the types differ between the contexts).</summary>
    private static Func<object> Load(string directory, string title, string body)
    {
        var context = new AssemblyLoadContext(directory);
        var engine = context.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(directory, "SupplyRisk.Scoring.Engine.dll")));
        var scorerType = engine.GetType("SupplyRisk.Scoring.Engine.NewsScorer", throwOnError: true)!;
        var textType = engine.GetType("SupplyRisk.Scoring.Engine.NewsText", throwOnError: true)!;
        var scorer = scorerType.GetProperty("Default")!.GetValue(null)!;
        var article = Activator.CreateInstance(textType, title, body, DateTimeOffset.UtcNow)!;
        var score = scorerType.GetMethod("Score", [textType])!;
        var call = Expression.Call(Expression.Constant(scorer), score, Expression.Constant(article));
        return Expression.Lambda<Func<object>>(Expression.Convert(call, typeof(object))).Compile();
    }

    private static (string Title, string Body) LoadArticle()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "article-3k.json")));
        return (doc.RootElement.GetProperty("title").GetString()!, doc.RootElement.GetProperty("body").GetString()!);
    }
}
