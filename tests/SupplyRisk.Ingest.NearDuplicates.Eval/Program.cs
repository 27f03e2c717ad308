using System.Globalization;
using SupplyRisk.Ingest.NearDuplicates;
using SupplyRisk.Ingest.NearDuplicates.Eval;

// Precision and recall of near-duplicate detection on seeds/near-duplicates/pairs.jsonl:
//   dotnet run --project tests/SupplyRisk.Ingest.NearDuplicates.Eval [-- path/to/pairs.jsonl]
// Exits 0 when both targets are met, 1 when not, 2 when the pairs file is missing.
var root = Evaluation.FindRepoRoot(AppContext.BaseDirectory) ?? Evaluation.FindRepoRoot(Directory.GetCurrentDirectory()) ?? ".";
var path = args.Length > 0 ? args[0] : Path.Combine(root, "seeds", "near-duplicates", "pairs.jsonl");
if (!File.Exists(path))
{
    Console.Error.WriteLine($"pairs file not found: {path}");
    return 2;
}

var pairs = Evaluation.Load(path);
var evaluation = Evaluation.Run(pairs);
var inv = CultureInfo.InvariantCulture;

Console.WriteLine($"near-duplicate detection: MinHash {NearDuplicateDetector.SignatureLength} values over word {Shingler.Size}-shingles, "
    + $"LSH {NearDuplicateDetector.Bands} bands x {NearDuplicateDetector.Rows} rows, "
    + $"match when Jaccard >= {NearDuplicateDetector.JaccardThreshold.ToString(inv)} or overlap >= {NearDuplicateDetector.OverlapThreshold.ToString(inv)}");
Console.WriteLine($"pairs: {pairs.Count} ({pairs.Count(p => p.IsNearDuplicate)} near-duplicate, {pairs.Count(p => !p.IsNearDuplicate)} distinct) from {path}");
Console.WriteLine();
Console.WriteLine($"{"kind",-58} {"pairs",5} {"correct",7}");
foreach (var group in evaluation.Outcomes.GroupBy(o => (o.Pair.Label, o.Pair.Kind)).OrderBy(g => g.Key.Label).ThenBy(g => g.Key.Kind))
{
    Console.WriteLine($"{$"{group.Key.Label}: {group.Key.Kind}",-58} {group.Count(),5} {group.Count(o => o.Correct),7}");
}
Console.WriteLine();
foreach (var miss in evaluation.Outcomes.Where(o => !o.Correct))
{
    Console.WriteLine(string.Create(inv, $"wrong: {miss.Pair.Id} ({miss.Pair.Label}, {miss.Pair.Kind}): candidate={miss.Candidate}, jaccard={miss.Jaccard:0.00}, overlap={miss.Overlap:0.00}"));
}
var margin = evaluation.Outcomes.Where(o => !o.Pair.IsNearDuplicate).MaxBy(o => Math.Max(o.Jaccard, o.Overlap));
var weakest = evaluation.Outcomes.Where(o => o.Pair.IsNearDuplicate && o.Predicted).MinBy(o => Math.Max(o.Jaccard, o.Overlap));
if (margin is not null && weakest is not null)
{
    Console.WriteLine(string.Create(inv,
        $"closest distinct pair: {margin.Pair.Id} ({margin.Pair.Kind}) jaccard={margin.Jaccard:0.00} overlap={margin.Overlap:0.00}; "
        + $"weakest match found: {weakest.Pair.Id} ({weakest.Pair.Kind}) jaccard={weakest.Jaccard:0.00} overlap={weakest.Overlap:0.00}"));
}
Console.WriteLine(string.Create(inv, $"true positives {evaluation.TruePositives}, false positives {evaluation.FalsePositives}, false negatives {evaluation.FalseNegatives}, true negatives {evaluation.TrueNegatives}"));
Console.WriteLine(string.Create(inv, $"precision {evaluation.Precision:0.000} (target >= {Evaluation.PrecisionTarget:0.00})"));
Console.WriteLine(string.Create(inv, $"recall    {evaluation.Recall:0.000} (target >= {Evaluation.RecallTarget:0.00})"));
Console.WriteLine(evaluation.MeetsTargets ? "targets met" : "targets NOT met");
return evaluation.MeetsTargets ? 0 : 1;
