using SupplyRisk.Risk.Index;

namespace SupplyRisk.Risk.Tests;

/// <summary>The recomputation reads every story in the horizon; as that grows, the pause after
/// it grows too, so it never keeps the database busy more than its share of the time.</summary>
public sealed class Recompute_pacing
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(0, 1000)]      // nothing to read: the minimum gap
    [InlineData(88, 1000)]     // 280,000 stories (the pipeline benchmark): still the minimum
    [InlineData(1200, 3600)]   // a few million stories: busy a quarter of the time
    [InlineData(5000, 15000)]
    public void A_slow_recomputation_is_followed_by_a_proportionally_longer_pause(int tookMs, int pauseMs)
    {
        var pause = RecomputePacing.Pause(MinInterval, TimeSpan.FromMilliseconds(tookMs), 0.25);
        Assert.Equal(TimeSpan.FromMilliseconds(pauseMs), pause);
    }

    [Fact]
    public void A_share_of_one_leaves_only_the_minimum_gap()
    {
        Assert.Equal(MinInterval, RecomputePacing.Pause(MinInterval, TimeSpan.FromSeconds(30), 1));
    }
}
