using SupplyRisk.Contracts;
using SupplyRisk.Risk.Changes;

namespace SupplyRisk.Risk.Tests;

public sealed class Change_detection
{
    private const double Step = 5;
    private const double Margin = 2;

    /// <summary>Feeds scores through the detector as the recalculator does, keeping the last
    /// published state, and returns the events raised.</summary>
    private static List<(double From, double To, string Band)> Run(double start, IEnumerable<double> scores)
    {
        var events = new List<(double, double, string)>();
        var (lastScore, lastBand) = (start, RiskBands.For(start));
        foreach (var score in scores)
        {
            var decision = ChangeDetector.Decide(lastScore, lastBand, score, Step, Margin);
            if (decision.Changed)
            {
                events.Add((lastScore, score, decision.Band));
                (lastScore, lastBand) = (score, decision.Band);
            }
        }
        return events;
    }

    [Fact]
    public void A_score_oscillating_one_point_around_a_band_edge_raises_one_event()
    {
        var oscillation = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? 51.0 : 49.0);
        var events = Run(49, oscillation);
        var e = Assert.Single(events);
        Assert.Equal(RiskBands.High, e.Band);
    }

    [Fact]
    public void Falling_clearly_below_the_edge_leaves_the_band()
    {
        var events = Run(49, [51, 49, 47.5]);
        Assert.Equal([RiskBands.High, RiskBands.Elevated], events.Select(e => e.Band));
    }

    [Fact]
    public void A_move_of_the_step_within_a_band_raises_an_event()
    {
        var events = Run(30, [32, 34, 35.1]);
        var e = Assert.Single(events);
        Assert.Equal((30.0, 35.1, RiskBands.Elevated), e);
    }

    [Fact]
    public void Small_moves_within_a_band_raise_nothing()
    {
        Assert.Empty(Run(30, [31, 29, 33, 27.5]));
    }

    [Fact]
    public void A_jump_across_two_bands_lands_in_the_band_of_the_score()
    {
        var e = Assert.Single(Run(20, [80]));
        Assert.Equal(RiskBands.Critical, e.Band);
    }

    [Fact]
    public void A_drop_across_two_bands_lands_in_the_band_of_the_score()
    {
        Assert.Equal(RiskBands.Low, ChangeDetector.BandWithHysteresis(RiskBands.Critical, 10, Margin));
    }
}
