using SupplyRisk.Contracts;

namespace SupplyRisk.Risk.Changes;

/// <summary>Decides whether a sector's new score is news for subscribers, compared with the
/// last event sent: it entered another band, or moved by at least the step. A band is entered
/// upwards at its edge but left downwards only <c>margin</c> points below it, so a score that
/// hovers around an edge raises one event, not one per wobble.</summary>
public static class ChangeDetector
{
    public sealed record Decision(bool Changed, string Band);

    public static Decision Decide(double lastScore, string lastBand, double score, double step, double margin)
    {
        var band = BandWithHysteresis(lastBand, score, margin);
        var changed = band != lastBand || Math.Abs(score - lastScore) >= step;
        return new Decision(changed, band);
    }

    public static string BandWithHysteresis(string lastBand, double score, double margin)
    {
        var raw = RiskBands.For(score);
        var lastRank = RiskBands.Rank(lastBand);
        var rawRank = RiskBands.Rank(raw);
        if (rawRank >= lastRank)
        {
            return raw;
        }
        // Going down: step down through each band whose lower edge the score is clearly below.
        var rank = lastRank;
        while (rank > rawRank && score < RiskBands.Edges[rank - 1] - margin)
        {
            rank--;
        }
        return RiskBands.All[rank];
    }
}
