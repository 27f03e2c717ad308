namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A time that ends one clause does not date the next one when a comma and "and" or
/// "but" open it with a subject of its own: in "exporters have received no permits since
/// October, and germanium prices have climbed to records" the climb is news.</summary>
public sealed class ClauseTimeTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Exporters have received no permits since October, and germanium prices have climbed to records.")] // read as a spike in October, background
    [InlineData("Exporters have received almost no new permits since mid-October, traders said, and germanium prices in Europe have climbed to records.")] // the same
    public void A_time_of_the_clause_before_does_not_date_a_new_subject(string sentence)
    {
        var spike = Assert.Single(Score(sentence).Events, e => e.Type == "price_spike");

        Assert.False(spike.Background);
    }

    [Fact]
    public void A_time_still_dates_a_second_verb_of_the_same_subject()
    {
        var result = Score("China imposed controls on graphite in 2023 and tightened them.");

        Assert.All(result.Events, e => Assert.True(e.Background));
        Assert.NotEmpty(result.Events);
    }

    [Theory]
    [InlineData("Western ammunition makers are scrambling for antimony after China's ban on shipments to US buyers came back into force at the weekend.", "export_ban")] // the ban read as background
    [InlineData("Prices rose after China halted gallium exports over the weekend.", "export_suspension")] // the same
    public void An_event_after_after_that_happened_at_the_weekend_is_news(string sentence, string type)
    {
        Assert.False(Assert.Single(Score(sentence).Events, e => e.Type == type).Background);
    }
}
