namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>"Easing a bottleneck that disrupted car production": a relative clause on what a verb
/// of easing acts on tells that thing's past. The easing is the news; the stoppage in the clause is
/// background.</summary>
public sealed class EasedObjectClauseTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("China approved more magnet export licences this week, easing a bottleneck that disrupted car production in Europe.", "production_cut")] // read as a new production cut
    [InlineData("Magnet shipments resumed, ending a shortage that forced Ford to idle a plant.", "plant_stoppage")] // read as a new plant stoppage
    [InlineData("The licences relieved a squeeze on dysprosium that disrupted production at motor makers.", "production_cut")] // read as a new production cut (up)
    public void What_the_eased_thing_did_is_background(string sentence, string pastType)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == pastType && e.Background);
        Assert.DoesNotContain(result.Events, e => e.Direction == "up" && !e.Background);
    }

    [Theory]
    [InlineData("Carmakers reported a magnet shortage that forced Ford to idle a plant this week.", "plant_stoppage")]
    [InlineData("China tightened the rules, worsening a magnet shortage that forced Ford to idle a plant.", "plant_stoppage")]
    public void A_clause_on_something_not_eased_is_news(string sentence, string type)
    {
        Assert.Contains(Score(sentence).Events, e => e.Type == type && !e.Background);
    }
}
