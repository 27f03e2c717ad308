using System.Globalization;
using SupplyRisk.Scoring.Engine.Lexicon;

namespace SupplyRisk.Scoring.Engine.Baseline;

/// <summary>The slow structural layer, kept apart from news. Per material, in the spirit of the
/// EU supply-risk method: concentration as the Herfindahl–Hirschman index of the most
/// concentrated stage (Σ share²), import reliance, substitutability and end-of-life recycling,
/// combined as HHI × (½ + ½·IR) × SI × (1 − EoL). Per sector, the dependency-weighted mean of
/// that risk maps onto the index as floor + span × risk, so a fully exposed sector lands in the
/// 20–45 range instead of sitting at critical forever. Every term is returned.</summary>
internal static class BaselineCalculator
{
    private const double Floor = 10.0;
    private const double Span = 40.0;
    private const double MinimumWeight = 0.1;

    internal static IReadOnlyList<SectorBaseline> Compute(ScoringLexicon lexicon)
    {
        var hhi = new double[lexicon.Materials.Length];
        foreach (var group in lexicon.Shares.GroupBy(s => s.Material))
        {
            hhi[group.Key] = group.Max(stage => stage.Shares.Values.Sum(v => v * v));
        }

        for (var m = 0; m < hhi.Length; m++)
        {
            if (hhi[m] == 0)
            {
                hhi[m] = hhi[lexicon.Materials[m].FiguresFrom];
            }
        }

        var result = new List<SectorBaseline>(lexicon.SectorIds.Length);
        for (var s = 0; s < lexicon.SectorIds.Length; s++)
        {
            double weights = 0, concentration = 0, reliance = 0, substitution = 0, recycling = 0, risk = 0;
            var top = -1;
            var topRisk = 0.0;
            for (var m = 0; m < lexicon.Materials.Length; m++)
            {
                var material = lexicon.Materials[m];
                var w = material.SectorWeights[s];
                if (w < MinimumWeight)
                {
                    continue;
                }

                var materialRisk = hhi[m] * (0.5 + (0.5 * material.ImportReliance)) * material.Substitutability * (1 - material.RecyclingInput);
                weights += w;
                concentration += w * hhi[m];
                reliance += w * material.ImportReliance;
                substitution += w * material.Substitutability;
                recycling += w * material.RecyclingInput;
                risk += w * materialRisk;
                if (w * materialRisk > topRisk)
                {
                    topRisk = w * materialRisk;
                    top = m;
                }
            }

            if (weights == 0)
            {
                result.Add(new SectorBaseline(lexicon.SectorIds[s], Floor, [new BaselineTerm("floor", Floor, "no material dependencies in the seeds")]));
                continue;
            }

            var meanRisk = risk / weights;
            var score = Math.Round(Floor + (Span * meanRisk), 1);
            var topName = top >= 0 ? lexicon.Materials[top].Id : "none";
            result.Add(new SectorBaseline(lexicon.SectorIds[s], score,
            [
                new BaselineTerm("concentration_hhi", Round(concentration / weights), "dependency-weighted HHI of the most concentrated supply stage (mining, refining or magnets)"),
                new BaselineTerm("import_reliance", Round(reliance / weights), "dependency-weighted US net import reliance (0..1)"),
                new BaselineTerm("substitutability", Round(substitution / weights), "dependency-weighted substitution index (1 = no practical substitute)"),
                new BaselineTerm("recycling_input", Round(recycling / weights), "dependency-weighted end-of-life recycling input rate (lowers risk)"),
                new BaselineTerm("material_risk", Round(meanRisk), "weighted mean of HHI x (0.5 + 0.5 IR) x SI x (1 - EoL)"),
                new BaselineTerm("floor", Floor, "index points every sector starts from"),
                new BaselineTerm("span", Span, "index points added at material_risk = 1"),
                new BaselineTerm("top_material", Round(topRisk / weights), string.Create(CultureInfo.InvariantCulture, $"largest single share of the risk: {topName}")),
            ]));
        }

        return result;
    }

    private static double Round(double value) => Math.Round(value, 3);
}
