using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using SupplyRisk.Ingest;
using SupplyRisk.Ingest.NearDuplicates;
using SupplyRisk.Pipeline.Benchmarks;

// How long ingest's sketch index takes to find the closest stored story for a new item, against
// a window of WINDOW items written like the pipeline benchmark's (two of five standard paragraphs
// each, so every item shares text with a fifth of the window: a few band keys hold thousands of
// items each, of which a lookup walks only the newest SketchIndex.MaxWalkPerKey).
// Baseline, measured in the same run: walking the band keys' chains to the same candidates and
// nothing more, which any exact lookup has to do. The two alternate ROUNDS times; the medians are printed.
//   dotnet run -c Release --project tests/bench/SupplyRisk.Ingest.Benchmarks -- [WINDOW] [LOOKUPS] [ROUNDS]
var window = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 120_000;
var lookups = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4_000;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;

var index = new SketchIndex(Options.Create(new IngestOptions()), TimeProvider.System);
var now = DateTimeOffset.UtcNow;
var stored = new List<(long, SketchIndex.Entry, TextSketch)>(window);
for (var i = 0; i < window; i++)
{
    var sketch = NearDuplicateDetector.Sketch(SampleText.For("window", i).Body)!;
    stored.Add((i + 1, new SketchIndex.Entry(Guid.NewGuid(), Guid.NewGuid(), now), sketch));
}
index.AddCommitted(0, stored);
var queries = Enumerable.Range(0, lookups).Select(i => NearDuplicateDetector.Sketch(SampleText.For("query", i).Body)!).ToArray();
var candidates = queries.Sum(q => (long)index.Candidates(q).Count) / (double)lookups;

var listing = new List<double>();
var matching = new List<double>();
var matched = 0;
for (var round = 0; round < rounds; round++)
{
    var stopwatch = Stopwatch.StartNew();
    var listed = 0L;
    foreach (var query in queries)
    {
        listed += index.CountCandidates(query);
    }
    listing.Add(stopwatch.Elapsed.TotalMicroseconds / lookups);

    stopwatch.Restart();
    matched = 0;
    foreach (var query in queries)
    {
        matched += index.BestMatch(query).Entry is null ? 0 : 1;
    }
    matching.Add(stopwatch.Elapsed.TotalMicroseconds / lookups);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  round {round + 1}: walking to the candidates {listing[^1]:F1} us per item, best match {matching[^1]:F1} us per item ({listed / (double)lookups:F0} candidates)"));
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"window {window} items, {lookups} lookups, {candidates:F0} candidates per item, {matched} matched"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"best match: {Median(matching):F1} us per item   walking to the candidates alone: {Median(listing):F1} us per item   ratio: {Median(matching) / Median(listing):F2}   (medians of {rounds} rounds)"));
