using System.Globalization;
using System.Text;

namespace SupplyRisk.Scoring.Engine.Eval;

/// <summary>Scores every item and computes the figures the issue sets targets for: overall
/// direction accuracy, per-sector P/R/F1 (and their micro average), and the false-positive
/// rate on hard negatives (an item counts when its overall or any sector is not "none").</summary>
public sealed record EvalReport(
    int Items,
    double DirectionAccuracy,
    IReadOnlyList<SectorMetrics> Sectors,
    SectorMetrics MicroAverage,
    int Negatives,
    double NegativeFalsePositiveRate,
    IReadOnlyList<string> Misclassified,
    IReadOnlyDictionary<string, int> Categories)
{
    public static readonly string[] SectorIds = ["ev", "aerospace", "semiconductor", "defence"];

    public static EvalReport Run(NewsScorer scorer, IReadOnlyList<EvalItem> items)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(items);
        var correct = 0;
        var tp = new int[SectorIds.Length];
        var fp = new int[SectorIds.Length];
        var fn = new int[SectorIds.Length];
        var negatives = 0;
        var negativeHits = 0;
        var misclassified = new List<string>();
        foreach (var item in items)
        {
            var result = scorer.Score(new NewsText(item.Title, item.Body, item.PublishedAt));
            var problems = new List<string>();
            if (result.Overall == item.Overall)
            {
                correct++;
            }
            else
            {
                problems.Add($"overall {result.Overall} (expected {item.Overall}, net {result.OverallContribution.ToString(CultureInfo.InvariantCulture)})");
            }

            for (var s = 0; s < SectorIds.Length; s++)
            {
                var expected = item.Sectors.TryGetValue(SectorIds[s], out var e) ? e : "none";
                var predicted = result.Sectors.First(x => x.Sector == SectorIds[s]).Direction;
                if (expected != "none" && predicted == expected)
                {
                    tp[s]++;
                }
                else if (expected != predicted)
                {
                    if (predicted != "none")
                    {
                        fp[s]++;
                    }

                    if (expected != "none")
                    {
                        fn[s]++;
                    }

                    problems.Add($"{SectorIds[s]} {predicted} (expected {expected})");
                }
            }

            if (item.Category == "negative")
            {
                negatives++;
                if (result.Overall != "none" || result.Sectors.Any(x => x.Direction != "none"))
                {
                    negativeHits++;
                }
            }

            if (problems.Count > 0)
            {
                misclassified.Add($"{item.Id}: {string.Join("; ", problems)}");
            }
        }

        var sectors = SectorIds.Select((id, s) => new SectorMetrics(id, tp[s], fp[s], fn[s])).ToList();
        var micro = new SectorMetrics("micro", tp.Sum(), fp.Sum(), fn.Sum());
        return new EvalReport(
            items.Count,
            items.Count == 0 ? 0 : (double)correct / items.Count,
            sectors,
            micro,
            negatives,
            negatives == 0 ? 0 : (double)negativeHits / negatives,
            misclassified,
            items.GroupBy(i => i.Category).ToDictionary(g => g.Key, g => g.Count()));
    }

    public string Format()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"items: {Items} ({string.Join(", ", Categories.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))})");
        sb.AppendLine(inv, $"direction accuracy: {DirectionAccuracy:F3}  (target >= 0.90)");
        sb.AppendLine("sector          precision  recall  F1     (tp/fp/fn)");
        foreach (var m in Sectors.Append(MicroAverage))
        {
            sb.AppendLine(inv, $"{m.Sector,-15} {m.Precision,9:F3}  {m.Recall,6:F3}  {m.F1:F3}  ({m.TruePositives}/{m.FalsePositives}/{m.FalseNegatives})");
        }

        sb.AppendLine(inv, $"sector F1 (micro): {MicroAverage.F1:F3}  (target >= 0.85)");
        sb.AppendLine(inv, $"false positives on hard negatives: {NegativeFalsePositiveRate:P1} of {Negatives}  (target <= 5%)");
        sb.AppendLine(inv, $"misclassified items: {Misclassified.Count}");
        foreach (var line in Misclassified)
        {
            sb.AppendLine("  " + line);
        }

        return sb.ToString();
    }
}
