namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A control or relief described by a participle ("the gallium ban imposed in 2023", "a
/// general licence granted in October") and then ended in the same sentence: the participle and
/// its time tell the past, the ending is the news. And relief ended in the passive after its own
/// words ("the general licence for magnet exports has been revoked") is taken back, as "revoked
/// the general licence" is.</summary>
public sealed class DescribedThenEndedTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("The gallium ban imposed in 2023 expired this week.")] // read as the ban, background
    [InlineData("The antimony export ban introduced in December expired on Friday.")] // the same
    public void A_control_described_by_its_imposing_then_expiring_is_lifted(string sentence)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal("controls_lifted", ev.Type);
        Assert.False(ev.Background);
    }

    [Fact]
    public void A_control_that_has_not_expired_is_not_lifted()
    {
        var result = Score("The gallium ban imposed in 2023 has not expired.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
    }

    [Fact]
    public void Relief_granted_in_a_month_and_not_renewed_is_news()
    {
        // Read as background: "in October" dated the non-renewal.
        var ev = Assert.Single(Score("A general licence granted to one German magnet supplier in October has not been renewed.").Events);

        Assert.Equal("up", ev.Direction);
        Assert.False(ev.Background);
    }

    [Theory]
    [InlineData("The general licence for magnet exports has been revoked.")] // read as a general licence (down)
    [InlineData("The general licence for magnet exports to a German supplier has been revoked.")] // the same
    [InlineData("A general licence for magnet exports granted in October has been revoked.")] // the same
    public void Relief_revoked_in_the_passive_is_taken_back(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_eased_reversed", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Relief_that_has_not_been_revoked_is_not_taken_back()
    {
        var result = Score("The general licence for magnet exports has not been revoked.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
    }
}
