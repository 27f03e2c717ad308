namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A verb that opens a relative clause on a noun ("the truce that paused China's rare
/// earth controls ...") has the noun after it for its object, and the verb after that noun is
/// the main clause's, with the antecedent for its subject: the truce ended, not the controls.
/// After a verb of saying, "that" opens a clause with a subject of its own, and nothing changes.</summary>
public sealed class RelativeClauseVerbTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("The truce that paused China's rare earth controls ended on Friday.")] // read as controls lifted beside the truce's end
    [InlineData("The deal that suspended China's rare earth controls ended on Friday.")] // the same
    [InlineData("The truce that paused China's rare earth controls expired on Friday.")]
    public void A_truce_that_paused_controls_ending_brings_them_back(string sentence)
    {
        var result = Score(sentence);

        Assert.NotEmpty(result.Events);
        Assert.All(result.Events, e => Assert.Equal("up", e.Direction));
        Assert.Contains(result.Events, e => e.Type == "controls_suspended_reversed");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The truce that paused China's rare earth controls was extended for a year.")] // read as controls extended (up)
    [InlineData("The deal that suspended China's gallium controls was extended.")] // the same
    public void A_truce_that_paused_controls_extended_keeps_them_paused(string sentence)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
        Assert.Contains(result.Events, e => e.Type == "controls_suspended");
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void The_main_verb_after_a_relative_clause_is_not_a_participle_on_its_object()
    {
        // Read as the smelters stopped and production resumed; "resumed" right after the output
        // "cut" took looked like a participle describing it ("licences issued").
        var result = Score("Smelters that cut gallium output resumed production.");

        Assert.Contains(result.Events, e => e.Type == "production_resumed");
        Assert.DoesNotContain(result.Events, e => e.Type == "plant_stoppage");
    }

    [Fact]
    public void That_after_a_verb_of_saying_opens_no_relative_clause()
    {
        var result = Score("Officials said that the gallium controls ended on Friday.");

        Assert.Equal("controls_lifted", Assert.Single(result.Events).Type);
    }
}
