using System.Text.Json;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.NearDuplicates.Eval;

/// <summary>Runs the production detector over labelled pairs exactly as ingest would: bodies
/// normalised by <see cref="TextNormalizer"/>, sketched, looked up by LSH band, then checked.</summary>
internal sealed class Evaluation
{
    public const double PrecisionTarget = 0.95;
    public const double RecallTarget = 0.90;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required IReadOnlyList<PairOutcome> Outcomes { get; init; }

    public int TruePositives => Outcomes.Count(o => o.Predicted && o.Pair.IsNearDuplicate);
    public int FalsePositives => Outcomes.Count(o => o.Predicted && !o.Pair.IsNearDuplicate);
    public int FalseNegatives => Outcomes.Count(o => !o.Predicted && o.Pair.IsNearDuplicate);
    public int TrueNegatives => Outcomes.Count(o => !o.Predicted && !o.Pair.IsNearDuplicate);

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);
    public bool MeetsTargets => Precision >= PrecisionTarget && Recall >= RecallTarget;

    public static IReadOnlyList<LabelledPair> Load(string path) =>
        File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<LabelledPair>(l, Json) ?? throw new InvalidDataException($"{path}: empty line"))
            .ToList();

    public static Evaluation Run(IReadOnlyList<LabelledPair> pairs) =>
        new() { Outcomes = pairs.Select(Judge).ToList() };

    public static PairOutcome Judge(LabelledPair pair)
    {
        var a = Sketch(pair.A);
        var b = Sketch(pair.B);
        if (a is null || b is null)
        {
            return new PairOutcome(pair, false, 0, 0, false);
        }
        var candidate = NearDuplicateDetector.AreCandidates(a, b);
        var (jaccard, overlap) = NearDuplicateDetector.Similarity(a, b);
        return new PairOutcome(pair, candidate, jaccard, overlap, candidate && NearDuplicateDetector.Match(a, b) is not null);
    }

    public static TextSketch? Sketch(PairText text)
    {
        var title = TextNormalizer.NormalizeLine(text.Title);
        return NearDuplicateDetector.Sketch(TextNormalizer.NormalizeBody(text.Body, title));
    }

    /// <summary>The repository root: the nearest folder above <paramref name="start"/> with Dashboard.sln.</summary>
    public static string? FindRepoRoot(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName;
    }
}
