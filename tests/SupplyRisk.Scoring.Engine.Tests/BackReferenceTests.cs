namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A control named again without its material ("That ban was suspended on Monday")
/// refers to the one the sentence before introduced, and takes its materials; it does not take
/// them from the sentence after, nor from a sentence that only mentions a material.</summary>
public sealed class BackReferenceTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("China halted antimony exports. Prices in Rotterdam have tripled this year.")] // read as nothing: no material of their own
    [InlineData("China halted antimony exports. The price has tripled this year.")]
    [InlineData("China halted antimony exports. Prices in Rotterdam have quadrupled this year.")] // read as nothing: "quadrupled" was no rise
    public void Prices_that_open_a_sentence_are_those_of_the_material_before(string body)
    {
        var spike = Assert.Single(Score(body).Events, e => e.Type == "price_spike");
        Assert.Equal(["antimony"], spike.Materials);
    }

    [Theory]
    [InlineData("Chipmakers in Taiwan say they have received no gallium since August. One company said its stocks would last only until January.")] // read as nothing
    [InlineData("One optics maker said its stockpiles would last only until March. Germanium shipments from China stopped in August.")] // read as nothing
    public void Stocks_running_out_in_a_story_about_a_material_are_its_stocks(string body)
    {
        var shortage = Assert.Single(Score(body).Events, e => e.Type == "shortage");
        Assert.Single(shortage.Materials);
    }

    [Fact]
    public void Stocks_running_out_in_a_story_about_nothing_we_track_are_no_shortage()
    {
        Assert.Empty(Score("Retailers said their stocks would last only until January. Shoppers have bought more televisions this year.").Events);
    }

    [Fact]
    public void The_metal_named_again_is_the_one_named_before()
    {
        var result = Score("China banned antimony exports. Defence contractors are struggling to source the metal for ammunition."); // the shortage read as nothing

        Assert.Equal(["antimony"], Assert.Single(result.Events, e => e.Type == "shortage").Materials);
    }

    [Fact]
    public void The_metal_named_again_in_a_description_makes_no_event()
    {
        var result = Score("China banned antimony exports. Only a few mines outside China, in Tajikistan and Russia among others, produce the metal in volume.");

        Assert.Equal("export_ban", Assert.Single(result.Events).Type);
    }

    [Theory]
    [InlineData("China halted antimony exports. Oil prices rose on Monday.")] // prices of something else
    [InlineData("China halted antimony exports. Prices of cobalt rose on Monday.")]
    public void Prices_of_something_named_take_no_material_from_before(string body)
    {
        Assert.DoesNotContain(Score(body).Events, e => e.Type == "price_spike" && e.Materials.Contains("antimony"));
    }

    [Theory]
    [InlineData("China banned exports of gallium to the United States last year. On Monday the ban was lifted.", "controls_lifted", "gallium")]
    [InlineData("China restricted graphite exports in 2023. Those restrictions were eased on Friday.", "controls_eased", "graphite")]
    [InlineData("Beijing imposed export controls on germanium in 2023. Its controls were eased on Friday.", "controls_eased", "germanium")]
    public void Relief_for_a_control_named_before_eases_its_material(string body, string type, string material)
    {
        // Each read as the old control alone (background, overall none).
        var result = Score(body);

        var relief = Assert.Single(result.Events, e => e.Type == type);
        Assert.Equal([material], relief.Materials);
        Assert.False(relief.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China suspended its ban on gallium exports to the US last November. The suspension expires on Friday.", "gallium")]
    [InlineData("Beijing agreed last year to pause its rare earth controls. That pause ends next week.", "rare_earths")]
    public void A_pause_named_before_that_ends_gives_the_risk_back(string body, string material)
    {
        // Each read as last year's pause alone (background, overall none).
        var result = Score(body);

        var end = Assert.Single(result.Events, e => e.Type == "controls_suspended_reversed");
        Assert.Equal([material], end.Materials);
        Assert.False(end.Background);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void A_new_ban_then_suspended_in_the_next_sentence_nets_out_part_of_it()
    {
        var banOnly = Score("China banned exports of gallium to the United States.");
        var result = Score("China banned exports of gallium to the United States. That ban was suspended on Monday.");

        Assert.Contains(result.Events, e => e.Type == "controls_suspended" && e.Materials.SequenceEqual(["gallium"]));
        Assert.True(result.OverallContribution < banOnly.OverallContribution);
    }

    [Theory]
    [InlineData("The city banned fireworks. That ban was lifted on Monday. Gallium prices were steady.")] // only the sentence after names a material
    [InlineData("Gallium is used in chips. The ban on smoking in bars was lifted.")] // a ban on something named
    public void A_control_with_no_antecedent_material_is_no_event(string body)
    {
        Assert.DoesNotContain(Score(body).Events, e => e.Type == "controls_lifted");
    }

    [Fact]
    public void Controls_that_name_other_goods_take_no_material_from_beside_them()
    {
        var result = Score("Separate measures tighten exports of graphite anode materials. Lawyers said it resembles US controls on foreign-made chips."); // the US chip controls read as graphite controls

        Assert.Single(result.Events);
    }

    [Theory]
    [InlineData("Separate measures tighten exports of graphite anode materials. Controls on the metal take effect on December 1.")]
    [InlineData("Separate measures tighten exports of graphite anode materials. Controls on these products take effect on December 1.")]
    public void Controls_on_the_material_named_again_take_it_from_beside_them(string body)
    {
        Assert.Equal(2, Score(body).Events.Count(e => e.Type == "export_control" && e.Materials.SequenceEqual(["graphite"])));
    }

    [Theory]
    [InlineData("China banned antimony shipments to the US last year. Beijing suspended that ban on Sunday.", "controls_suspended")] // read as nothing: "on Sunday" read as what the ban covers
    [InlineData("China banned antimony shipments to the US last year. Beijing suspended the ban on Sunday.", "controls_suspended")] // read as nothing
    [InlineData("China restricted exports of gallium in 2023. It tightened the rules again this week.", "export_control")] // read as nothing: "the" is part of the noun
    [InlineData("China restricted exports of gallium in 2023. It tightened those rules again this week.", "export_control")] // read as nothing
    public void A_control_named_again_with_a_time_after_it_takes_the_material_before(string body, string type)
    {
        var again = Assert.Single(Score(body).Events, e => !e.Background);
        Assert.Equal(type, again.Type);
        Assert.Single(again.Materials);
    }
}
