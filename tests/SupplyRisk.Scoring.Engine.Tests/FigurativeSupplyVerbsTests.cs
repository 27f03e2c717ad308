namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>The news writes cuts and restarts in figures of speech as often as in plain verbs:
/// exports "curtailed" or supplies "squeezed" fell, a tap "turned off" on goods stopped them,
/// and taps "opened" on exports let them flow again.</summary>
public sealed class FigurativeSupplyVerbsTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("China curtailed antimony exports in October.", "up")] // read as nothing
    [InlineData("Beijing squeezed germanium supplies to the US.", "up")] // the same
    [InlineData("China turned off the tap on rare earth magnets for US defence firms.", "up")] // the same
    [InlineData("China turned the taps back on for magnet exports to Europe.", "down")] // the same
    public void Figures_of_speech_for_supply_move_it(string sentence, string direction)
    {
        var result = Score(sentence);

        Assert.Equal(direction, Assert.Single(result.Events).Direction);
        Assert.Equal(direction, result.Overall);
    }

    [Fact]
    public void Opened_taps_after_a_truce_are_the_news_and_the_truce_the_background()
    {
        var result = Score("China opened the taps on rare earth exports after the truce.");

        var resumed = Assert.Single(result.Events, e => e.Type == "shipments_resumed");
        Assert.False(resumed.Background);
    }

    [Theory]
    [InlineData("Carmakers cut costs by curtailing overtime.")]
    [InlineData("Chip shortages squeezed carmakers' margins.")]
    public void The_same_verbs_on_other_things_move_no_material(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }
}
