namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Prices inside China are not what buyers abroad pay: when exports are held back, metal
/// piles up at home and the domestic price falls while the price outside rises. A fall of
/// domestic Chinese prices is no relief for the sectors the dashboard serves.</summary>
public sealed class DomesticPriceTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Germanium prices in Rotterdam doubled while prices inside China fell.")] // read as a spike and a drop
    [InlineData("Domestic antimony prices in China fell 10% this week as exports stalled.")] // read as relief
    [InlineData("Prices of gallium in China slipped for a third week.")]
    [InlineData("China's domestic rare earth prices eased in November.")]
    public void A_fall_of_prices_inside_China_is_no_relief(string sentence)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Type == "price_drop");
        Assert.NotEqual("down", result.Overall);
    }

    [Theory]
    [InlineData("Gallium prices in Europe fell 10% this week.")]
    [InlineData("Antimony prices outside China slipped for a third week.")]
    [InlineData("Domestic demand in Europe cooled and dysprosium prices fell.")] // the demand is domestic, not the prices
    public void A_fall_of_prices_outside_China_is_relief(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "price_drop");
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Prices for gallium in China fell as smelters struggled to find buyers abroad.")] // read as a shortage (up)
    [InlineData("Antimony producers are struggling to find customers for their metal.")] // the same
    public void Sellers_that_struggle_to_find_buyers_meet_no_shortage(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "shortage");
    }
}
