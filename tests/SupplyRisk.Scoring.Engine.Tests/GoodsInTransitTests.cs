namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Goods named by what carries them ("trucks carrying germanium", "ships loaded with
/// rare earth concentrate", "containers of magnets") are shipments: held, stopped or delayed
/// they tell of supply as "shipments were held" does. Only right before a material: trucks and
/// ships alone are what carmakers and shipyards make.</summary>
public sealed class GoodsInTransitTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Customs officers stopped the trucks carrying germanium at the border.", "germanium")] // read as nothing
    [InlineData("Trucks carrying gallium were held at the border for a week.", "gallium")] // read as nothing
    [InlineData("Ships carrying rare earth concentrate were delayed at Chinese ports.", "rare_earths")] // read as nothing
    [InlineData("Customs blocked containers of magnets at Shanghai port.", "rare_earth_magnets")]
    public void Carriers_of_a_material_held_or_stopped_tighten_its_supply(string sentence, string material)
    {
        var result = Score(sentence);

        var ev = Assert.Single(result.Events);
        Assert.Equal("up", ev.Direction);
        Assert.Contains(material, ev.Materials);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Carriers_that_sail_again_bring_supply_back()
    {
        var result = Score("Cargo ships laden with antimony resumed sailing from Chinese ports.");

        Assert.Equal("shipments_resumed", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("A truck carrying gallium crashed on the highway.", null)]
    [InlineData("Tesla stopped building trucks, citing a shortage of magnets.", "shortage")]
    [InlineData("The shipyard delayed ships carrying passengers, and gallium prices rose.", "price_spike")]
    public void Trucks_and_ships_that_nothing_stops_or_that_carry_no_material_are_no_shipments(string sentence, string? only)
    {
        var events = Score(sentence).Events;

        Assert.Equal(only is null ? 0 : 1, events.Count);
        Assert.All(events, e => Assert.Equal(only, e.Type));
    }

    [Theory]
    [InlineData("Chinese customs released the held magnet shipments on Tuesday.")] // read as nothing: the material stood inside "the held shipments"
    [InlineData("Customs cleared the detained gallium cargoes at Tianjin.")] // the same
    public void Held_goods_released_past_their_material_flow_again(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("shipments_resumed", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void Released_people_are_no_goods()
    {
        Assert.Empty(Score("Police released the detained smugglers after questioning, gallium traders said.").Events);
    }

    [Theory]
    [InlineData("Exporters said customs officers in Shenzhen had begun turning back consignments of antimony bound for US ports.", "antimony")] // read as nothing
    [InlineData("Port officials sent back the germanium cargoes.", "germanium")] // read as nothing
    public void Goods_turned_back_did_not_leave(string sentence, string material)
    {
        var result = Score(sentence);

        var ev = Assert.Single(result.Events);
        Assert.Equal("export_suspension", ev.Type);
        Assert.Contains(material, ev.Materials);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Gallium prices turned back up in November.")]
    [InlineData("The ministry sent back the forms to exporters of gallium.")]
    public void Things_turned_back_that_are_not_goods_stop_nothing(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "export_suspension");
    }
}
