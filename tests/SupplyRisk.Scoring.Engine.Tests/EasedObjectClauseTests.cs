namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>"Easing a bottleneck that disrupted car production": a relative clause on what a verb
/// of easing acts on tells that thing's past, and so does one on what a verb of lifting acts on
/// ("lifted the ban that barred US firms from buying rare earths"). The easing is the news; the
/// stoppage or the ban in the clause is background.</summary>
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
    [InlineData("China lifted the ban that barred US firms from exporting rare earths.")] // read as a new export ban beside the lifting
    [InlineData("China lifted the ban that barred US firms from buying rare earths.")]
    [InlineData("China lifted the ban that stopped exports of gallium to the US.")] // a new export suspension
    [InlineData("Beijing suspended the rule that banned sales of antimony to US defence firms.")]
    public void What_a_lifted_control_did_is_background(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Direction == "down" && !e.Background);
        Assert.DoesNotContain(result.Events, e => e.Direction == "up" && !e.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Carmakers reported a magnet shortage that forced Ford to idle a plant this week.", "plant_stoppage")]
    [InlineData("China tightened the rules, worsening a magnet shortage that forced Ford to idle a plant.", "plant_stoppage")]
    [InlineData("China imposed a ban that stopped exports of gallium to the US.", "export_suspension")]
    public void A_clause_on_something_not_eased_is_news(string sentence, string type)
    {
        Assert.Contains(Score(sentence).Events, e => e.Type == type && !e.Background);
    }
}
