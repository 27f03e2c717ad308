namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Access to a material given back is supply that comes back, and access lost a
/// shortage; licences "sped" along are granted sooner, as "sped up" ones are; and a licence that
/// exporters "can" apply for is a way to get one, not a new duty to.</summary>
public sealed class AccessAndApplicationTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("China restored US chipmakers' access to gallium.")] // read as nothing
    [InlineData("The decision restores European carmakers' access to rare earth magnets.")] // nothing
    [InlineData("Japanese buyers regained access to Chinese antimony this month.")] // nothing
    public void Access_given_back_is_supply_resumed(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("shipments_resumed", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("US buyers lost access to Chinese antimony after the ban took effect.")] // read as the ban alone, as news
    [InlineData("European carmakers are losing their access to rare earth magnets.")] // read as nothing
    public void Access_lost_is_a_shortage(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "shortage" && !e.Background);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Access_lost_to_something_other_than_goods_is_no_shortage()
    {
        Assert.DoesNotContain(Score("Gallium traders lost access to the Shanghai exchange after the rules changed.").Events, e => e.Type == "shortage");
    }

    [Fact]
    public void Control_regained_over_a_mining_area_is_no_export_control()
    {
        // Found when "regained" became a verb of resuming: "regained control" read as controls back in force.
        Assert.DoesNotContain(
            Score("Myanmar's junta regained control of the rare earth mining hub near the Chinese border.").Events,
            e => e.Type == "export_control");
    }

    [Theory]
    [InlineData("China and the EU set up a hotline to speed rare earth licence approvals.")] // read as nothing
    [InlineData("Beijing is speeding approvals of gallium export licences for Dutch chipmakers.")] // nothing
    public void Approvals_sped_along_are_granted_sooner(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "export_licence_granted");
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void The_speed_of_approvals_is_no_grant()
    {
        // "The speed" is a noun: nothing was sped.
        Assert.DoesNotContain(Score("Traders complained about the speed of gallium licence approvals.").Events, e => e.Direction == "down");
    }

    [Theory]
    [InlineData("Exporters of graphite can now apply for licences online.")] // read as a new licence requirement (up)
    [InlineData("Gallium traders may apply for export licences at provincial offices.")] // the same
    public void A_licence_exporters_can_apply_for_is_no_new_requirement(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "licence_requirement");
    }

    [Theory]
    [InlineData("China's commerce ministry said it had received applications from 300 firms for magnet export licences.")] // read as licences granted
    [InlineData("The ministry receives licence applications for gallium exports online.")]
    public void Applications_an_authority_receives_are_no_grant(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "export_licence_granted");
    }

    [Fact]
    public void A_licence_a_firm_receives_is_still_a_grant()
    {
        Assert.Equal("export_licence_granted", Assert.Single(Score("A Chinese magnet maker said it had received its first export licence for shipments to Germany.").Events).Type);
    }

    [Fact]
    public void A_licence_exporters_must_apply_for_is_a_requirement()
    {
        Assert.Equal("licence_requirement", Assert.Single(Score("Exporters of graphite must now apply for licences.").Events).Type);
    }

    [Theory]
    [InlineData("Germanium exporters said they would resume applying for licences for US customers.")] // read as licences granted (down)
    [InlineData("Gallium exporters resumed the application for export licences.")] // the same
    public void Exporters_that_resume_applying_for_licences_are_granted_none(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "export_licence_granted");
    }
}
