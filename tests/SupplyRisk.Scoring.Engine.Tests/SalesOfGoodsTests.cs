namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Sales named before "of" and a material ("sales of gallium to US buyers") are trade,
/// as "gallium sales to US buyers" is: stopped, resumed or risen as exports are. Sales of what
/// is no material (cars, shares) move nothing.</summary>
public sealed class SalesOfGoodsTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Sales of gallium to US buyers have stopped.", "up")] // read as nothing
    [InlineData("Sales of samarium-cobalt magnets from China to US defence firms have stopped.", "up")] // the same
    [InlineData("Sales of gallium to Japan rose 20% in October.", "down")] // the same
    [InlineData("The sale of germanium to Korean chipmakers resumed on Monday.", "down")] // the same
    public void Sales_of_a_material_are_trade(string sentence, string direction)
    {
        var result = Score(sentence);

        Assert.Equal(direction, Assert.Single(result.Events).Direction);
        Assert.Equal(direction, result.Overall);
    }

    [Theory]
    [InlineData("Sales of electric vehicles stopped growing in Europe.")]
    [InlineData("Sales of shares in the gallium producer were halted.")]
    public void Sales_of_other_things_move_no_material(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("Three gallium exporters in Hunan said they had been told by local officials to stop processing orders for American customers.", "export_suspension", "up")] // read as a production cut
    [InlineData("Antimony traders stopped fulfilling orders for US defence firms.", "export_suspension", "up")] // read as nothing
    [InlineData("Gallium exporters resumed processing orders from US buyers.", "shipments_resumed", "down")] // read as production resumed
    public void Orders_processed_or_fulfilled_are_trade_not_production(string sentence, string type, string direction)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal(type, ev.Type);
        Assert.Equal(direction, ev.Direction);
    }

    [Fact]
    public void Processing_alone_is_still_production()
    {
        Assert.Equal("production_cut", Assert.Single(Score("Gallium smelters halted processing after the inspection.").Events).Type);
    }

    [Theory]
    [InlineData("Germanium exports to America have come to a standstill.")] // read as nothing
    [InlineData("Rare earth shipments to US defence firms are at a standstill.")] // the same
    public void Trade_at_a_standstill_has_stopped(string sentence)
    {
        Assert.Equal("export_suspension", Assert.Single(Score(sentence).Events).Type);
    }
}
