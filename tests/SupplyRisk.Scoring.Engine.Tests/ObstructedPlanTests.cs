namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Plans that something slows, delays or scraps: in "the curbs have delayed plans to build
/// a gallium refinery" no refinery was built and no curb was delayed. The plan is the verb's
/// object, and what the plan was to do is no event.</summary>
public sealed class ObstructedPlanTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("The curbs have delayed plans to build a gallium refinery in Australia.")] // read as controls suspended and new capacity
    [InlineData("Lynas postponed plans to build a heavy rare earth plant in Texas.")] // read as new capacity
    [InlineData("The controls will hamper efforts to open new rare earth mines in Africa.")] // read as new capacity at full confidence
    [InlineData("The new rules could slow efforts to build magnet plants outside China.")] // read as new capacity
    public void What_an_obstructed_plan_was_to_do_is_no_relief(string sentence)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.NotEqual("down", result.Overall);
    }

    [Theory]
    [InlineData("Lynas announced plans to build a heavy rare earth plant in Texas.", "new_capacity")]
    [InlineData("China delayed shipments of gallium to Japan.", "export_delay")]
    public void Plans_announced_and_delays_of_goods_still_count(string sentence, string type)
    {
        Assert.Contains(Score(sentence).Events, e => e.Type == type);
    }
}
