namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Trade reports say prices "eased", "softened", "weakened", "retreated" or "cooled"
/// as often as they say "fell". Only "gallium prices eased", with the words side by side, used to
/// be read; with "prices of gallium" before the verb nothing was.</summary>
public sealed class PriceFallWordsTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Prices of antimony eased.", "antimony")]
    [InlineData("Prices for gallium softened in Rotterdam this week.", "gallium")]
    [InlineData("The price of dysprosium oxide weakened for a third week.", "dysprosium")]
    [InlineData("Prices of germanium retreated from their record.", "germanium")]
    [InlineData("Prices of graphite cooled this week.", "graphite")]
    public void A_price_that_eases_is_a_price_drop(string sentence, string material)
    {
        var result = Score(sentence);

        var drop = Assert.Single(result.Events, e => e.Type == "price_drop");
        Assert.Equal([material], drop.Materials);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void An_eased_price_after_an_opening_clause_is_told_beside_that_clauses_event()
    {
        var result = Score("After production resumed, prices of antimony eased.");

        Assert.Single(result.Events, e => e.Type == "production_resumed");
        Assert.False(Assert.Single(result.Events, e => e.Type == "price_drop").Background);
    }

    [Theory]
    [InlineData("China eased its export controls on graphite.", "controls_eased")]
    [InlineData("Export controls on gallium eased.", "controls_eased")]
    [InlineData("The shortage of magnets eased.", "shortage_reversed")]
    public void Eased_controls_and_shortages_stay_relief_of_their_own(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Single(result.Events, e => e.Type == type);
        Assert.DoesNotContain(result.Events, e => e.Type == "price_drop");
    }

    [Fact]
    public void A_verb_that_eases_prices_as_its_object_is_not_a_price_drop()
    {
        // Only prices as the subject fall: what "weakened" acts on here is the demand.
        var result = Score("The slowdown weakened demand and gallium prices rose.");

        Assert.Single(result.Events, e => e.Type == "price_spike");
        Assert.DoesNotContain(result.Events, e => e.Type == "price_drop");
    }

    [Theory]
    [InlineData("Gallium traded at $1,150 per kilogram in Rotterdam on Friday, up from $1,050 a week earlier.", "gallium", "price_spike")] // read as nothing
    [InlineData("Germanium rose 5% to $5,200 a kilogram on Monday.", "germanium", "price_spike")] // the same
    [InlineData("Antimony fell 2% to $55,000 a tonne, its first weekly decline since September.", "antimony", "price_drop")] // the same
    [InlineData("Graphite slipped to 3,000 yuan a tonne.", "graphite", "price_drop")] // the same
    public void A_material_that_moves_in_money_is_its_price(string sentence, string material, string type)
    {
        var price = Assert.Single(Score(sentence).Events);

        Assert.Equal(type, price.Type);
        Assert.Equal([material], price.Materials);
    }

    [Theory]
    [InlineData("Rare earth stocks rose 5% to $4.20 in Sydney.")]
    [InlineData("Antimony miners fell 3% to $2 a share.")]
    [InlineData("Antimony exports fell 2% to 500 tonnes in October.", "export_drop")] // tonnes are no money
    public void Shares_and_quantities_are_no_material_price(string sentence, string? onlyType = null)
    {
        var events = Score(sentence).Events;

        Assert.DoesNotContain(events, e => e.Type is "price_spike" or "price_drop");
        if (onlyType is not null)
        {
            Assert.Equal(onlyType, Assert.Single(events).Type);
        }
    }
}
