namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Lead times are how long buyers wait for what they order: lead times for a material
/// that stretch are a delay of its supply, and ones that shorten a recovery. They are no wait
/// for a licence (a licence delay), though they move the same way.</summary>
public sealed class LeadTimeTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Lead times for rare earth magnets have stretched to 40 weeks.")] // read as nothing
    [InlineData("Lead times for gallium have doubled since the summer, distributors said.")] // nothing
    [InlineData("Delivery times for NdFeB magnets have lengthened to six months.")] // nothing
    [InlineData("Germanium lead times rose to 20 weeks this month.")] // nothing
    public void Lead_times_that_grow_delay_supply(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_delay", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Lead_times_that_shorten_are_a_recovery()
    {
        var result = Score("Lead times for antimony shortened to eight weeks this month."); // read as nothing

        Assert.Equal("export_delay_reversed", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void Controls_that_lead_times_grew_after_are_background()
    {
        var result = Score("Lead times for rare earth magnets stretched to 40 weeks after China's export controls."); // read as new controls

        Assert.Contains(result.Events, e => e.Type == "export_delay" && !e.Background);
        Assert.DoesNotContain(result.Events, e => e.Type == "export_control" && !e.Background);
    }

    [Theory]
    [InlineData("The motor maker cut lead times for its customers by a third.")]
    [InlineData("Lead times for new rare earth mines are often ten years or more.")]
    [InlineData("Supplies of magnets were stretched thin by demand from carmakers.")]
    public void Lead_times_a_firm_improves_or_describes_are_no_news_of_supply(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type.StartsWith("export_delay", StringComparison.Ordinal));
    }
}
