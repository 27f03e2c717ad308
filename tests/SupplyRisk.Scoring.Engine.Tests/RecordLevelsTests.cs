namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Levels told as the highest or lowest in a stretch of time ("their lowest since
/// 2010", "a two-year high", "a record low") say which way prices or trade moved, as "rose" and
/// "fell" do: a high of prices is a spike, a low of exports a drop.</summary>
public sealed class RecordLevelsTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Gallium prices hit their lowest level in a year.", "price_drop")] // read as a spike
    [InlineData("Antimony prices hit a record low in Rotterdam.", "price_drop")] // the same
    [InlineData("Terbium prices were at their lowest since 2020.", "price_drop")] // read as nothing
    [InlineData("Antimony exports were at their lowest since 2010.", "export_drop")] // the same
    [InlineData("China's antimony exports fell to a five-year low in October.", "export_drop")]
    [InlineData("Gallium prices reached their highest level since 2011.", "price_spike")] // read as nothing
    [InlineData("Germanium exports reached a two-year high in October.", "export_rise")] // the same
    [InlineData("Dysprosium prices were at their highest in three years.", "price_spike")] // the same
    [InlineData("Germanium prices hit a record high in Europe on Wednesday.", "price_spike")]
    public void A_high_or_a_low_tells_which_way_the_level_moved(string sentence, string type)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal(type, ev.Type);
        Assert.False(ev.Background);
    }

    [Theory]
    [InlineData("Gallium prices hit $1,200 a kilogram.", "up")]
    [InlineData("Chinese suppliers offered the lowest gallium prices in the market.", null)]
    public void Other_levels_keep_their_reading(string sentence, string? direction)
    {
        var result = Score(sentence);

        if (direction is null)
        {
            Assert.Empty(result.Events);
        }
        else
        {
            Assert.Equal(direction, Assert.Single(result.Events).Direction);
        }
    }
}
