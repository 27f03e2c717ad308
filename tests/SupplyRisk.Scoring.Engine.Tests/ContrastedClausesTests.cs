namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Two events that a contrast parts ("while", "but", a semicolon) each keep the
/// materials of their own side: in "exports of gallium fell while germanium shipments rose" the
/// fall is gallium's and the rise germanium's. Both used to take every material of the sentence,
/// so the two cancelled out for both metals.</summary>
public sealed class ContrastedClausesTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Exports of gallium fell while germanium shipments rose.", "export_drop", "gallium", "export_rise", "germanium")]
    [InlineData("Beijing retained its ban on gallium exports but approved licences for germanium.", "export_ban", "gallium", "export_licence_granted", "germanium")]
    [InlineData("China lifted its ban on exports of graphite to South Korea but kept curbs on gallium.", "controls_lifted", "graphite", "export_control", "gallium")]
    [InlineData("Antimony exports were halted; graphite exports resumed.", "export_suspension", "antimony", "shipments_resumed", "graphite")]
    [InlineData("While gallium exports fell, germanium shipments rose.", "export_drop", "gallium", "export_rise", "germanium")] // opens with the contrast
    [InlineData("Although China lifted the gallium ban, germanium exports remain restricted.", "controls_lifted", "gallium", "export_control", "germanium")]
    public void Each_side_of_a_contrast_keeps_its_own_material(string sentence, string firstType, string firstMaterial, string secondType, string secondMaterial)
    {
        var result = Score(sentence);

        Assert.Equal([firstMaterial], Assert.Single(result.Events, e => e.Type == firstType).Materials);
        Assert.Equal([secondMaterial], Assert.Single(result.Events, e => e.Type == secondType).Materials);
    }

    [Fact]
    public void A_side_that_names_no_material_takes_the_sentences()
    {
        var result = Score("Gallium exports rose 20% but remain far below their level before the ban.");

        Assert.All(result.Events, e => Assert.Equal(["gallium"], e.Materials));
    }

    [Fact]
    public void A_list_joined_by_as_well_as_is_no_contrast()
    {
        var result = Score("China restricted exports of gallium as well as germanium, and banned antimony shipments to the US.");

        Assert.Equal(["gallium", "germanium", "antimony"], Assert.Single(result.Events, e => e.Type == "export_control").Materials);
    }
}
