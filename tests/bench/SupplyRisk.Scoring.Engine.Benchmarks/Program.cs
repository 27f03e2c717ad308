using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using SupplyRisk.Scoring.Engine.Benchmarks;

if (args.Length > 0 && args[0] == "cache")
{
    CacheSweep.Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "ab")
{
    SideBySide.Run(args[1..]);
    return;
}

// A short run (3 warm-ups, 5 measured iterations, one process) keeps the whole thing well under
// three minutes; MB/s come from the mean time per corpus pass and the corpus size in UTF-8 bytes.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithLaunchCount(1))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
var summary = BenchmarkRunner.Run<ScorerBenchmarks>(config, args);

var corpus = new Corpus(ScorerBenchmarks.CorpusBytes);
var megabytes = corpus.TotalBytes / 1_000_000.0;
var inv = CultureInfo.InvariantCulture;
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"corpus: {corpus.Items.Count} articles, {megabytes:F2} MB (UTF-8)"));
var speeds = new Dictionary<string, double>();
foreach (var report in summary.Reports)
{
    var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    if (report.ResultStatistics is null)
    {
        Console.WriteLine($"{name}: no result");
        continue;
    }

    var seconds = report.ResultStatistics.Mean / 1e9;
    var speed = megabytes / seconds;
    speeds[name] = speed;
    var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
    Console.WriteLine(string.Create(inv,
        $"{name}: {speed:F1} MB/s per core, {seconds * 1000:F1} ms per corpus pass, {allocated / (double)corpus.Items.Count:F0} bytes allocated per article"));
}

if (speeds.TryGetValue("FullScorer", out var full) && speeds.TryGetValue("MentionScanOnly", out var scan))
{
    Console.WriteLine(string.Create(inv, $"scorer/scan ratio: {full / scan:P0}  (targets: full >= 20 MB/s per core, ratio >= 25%)"));
}
