namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A hedge doubts its own clause, not a fact told beside it. "Chinese magnet exports
/// fell 30%, and analysts warned of more pain" reports a fall; the warning is about what comes
/// next. Every hedge used to reach the whole sentence, so such facts counted at less than half.</summary>
public sealed class HedgeReachTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Chinese magnet exports fell 30% in October, the steepest drop since April, and analysts warned of more pain.", "export_drop")]
    [InlineData("Gallium prices doubled, and traders said they would likely keep rising.", "price_spike")]
    [InlineData("China banned antimony exports to the US, a move analysts said could hurt ammunition makers.", "export_ban")]
    [InlineData("Germanium shipments resumed on Monday, weeks after China said it would consider lifting the ban.", "shipments_resumed")]
    [InlineData("The plant, which had planned to start in 2025, began producing magnets in October.", "new_capacity")]
    [InlineData("Ford warned investors on Tuesday after it idled its Chicago plant for lack of magnets.", "plant_stoppage")]
    [InlineData("The EU hopes to cut its reliance on Chinese magnets after China imposed new controls last week.", "export_control")]
    public void A_fact_in_another_clause_than_the_hedge_is_told_as_fact(string sentence, string type)
    {
        Assert.Equal(0.9, Assert.Single(Score(sentence).Events, e => e.Type == type).Confidence, 3);
    }

    [Theory]
    [InlineData("China could ban gallium exports and impose licences on germanium.", "licence_requirement")] // one subject's verbs
    [InlineData("Exports of gallium are likely to fall.", "export_drop")] // the hedge inside the event's words
    [InlineData("China will retaliate with export controls on critical minerals, a spokesman warned.", "export_control")] // a tail that reports the whole
    [InlineData("MP Materials said the new plant, combined with its facility in Texas, would raise US magnet capacity.", "new_capacity")] // an aside before the hedge
    [InlineData("Analysts expect gallium prices to rise after China lifts the ban.", "controls_lifted")] // told in the present: still to come
    [InlineData("Will China halt rare earth exports to Japan again?", "export_suspension")] // a question
    [InlineData("Analysts said it strengthens the case for magnet offtake deals.", "offtake_deal")] // an argument for deals is none
    public void A_hedge_still_reaches_its_own_clause(string sentence, string type)
    {
        Assert.True(Assert.Single(Score(sentence).Events, e => e.Type == type).Confidence < 0.9);
    }

    [Fact]
    public void A_deal_that_is_only_close_is_no_truce_yet()
    {
        var result = Score("The US and China are close to a deal that would end the rare earth export curbs.");

        Assert.DoesNotContain(result.Events, e => e.Type == "truce" && e.Confidence >= 0.9);
        Assert.All(result.Events, e => Assert.True(e.Confidence < 0.9));
    }
}
