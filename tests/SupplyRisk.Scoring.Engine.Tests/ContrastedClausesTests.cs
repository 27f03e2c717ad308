namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Two events that a contrast parts ("while", "but", a semicolon, a clause after ", and") each keep the
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
    [InlineData("China lifted its gallium ban, and germanium exports fell 20% in October.", "controls_lifted", "gallium", "export_drop", "germanium")] // a clause after ", and"
    [InlineData("Gallium exports rose in October, and germanium shipments were halted.", "export_rise", "gallium", "export_suspension", "germanium")]
    [InlineData("China banned gallium exports, and imposed licences on germanium shipments.", "export_ban", "gallium", "licence_requirement", "germanium")]
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

        Assert.Equal(["gallium", "germanium"], Assert.Single(result.Events, e => e.Type == "export_control").Materials);
        Assert.Equal(["antimony"], Assert.Single(result.Events, e => e.Type == "export_ban").Materials);
    }

    [Theory]
    [InlineData("China banned exports of gallium, germanium, and antimony, and prices soared in Rotterdam.", "export_ban")] // the list's own ", and"
    [InlineData("Under the deal the Pentagon buys shares, sets a floor price for neodymium, and commits to buy magnets from a new US plant.", "truce")] // one subject's verbs
    public void A_comma_and_that_closes_a_list_parts_nothing(string sentence, string type)
    {
        var result = Score(sentence);

        var listed = Assert.Single(result.Events, e => e.Type == type);
        Assert.True(listed.Materials.Count >= 2, string.Join(",", listed.Materials));
    }

    [Theory]
    [InlineData("After the talks collapsed, prices of gallium doubled.", "price_spike", "price_drop")]
    [InlineData("Because the talks stalled, licences for magnet exports were delayed.", "licence_delay", "licence_suspension")]
    [InlineData("Although output fell, exports of graphite rose.", "export_rise", "export_drop")]
    [InlineData("Since the truce collapsed, exports of magnets have fallen by half.", "export_drop", "none")]
    public void A_verb_in_an_opening_clause_does_not_take_the_main_clauses_noun(string sentence, string type, string wrongType)
    {
        var result = Score(sentence);

        var told = Assert.Single(result.Events, e => e.Type == type);
        Assert.False(told.Background, "the main clause's own verb tells it now");
        Assert.DoesNotContain(result.Events, e => e.Type == wrongType);
    }

    [Fact]
    public void A_list_of_materials_in_an_opening_clause_does_not_end_it()
    {
        var result = Score("After China halted gallium, germanium and antimony exports, prices rose.");

        Assert.Equal(["gallium", "germanium", "antimony"], Assert.Single(result.Events, e => e.Type == "export_suspension").Materials);
        Assert.Single(result.Events, e => e.Type == "price_spike");
    }

    [Theory]
    [InlineData("China halted antimony exports to the US, citing national security concerns, and analysts warned that graphite could be next.", "export_suspension", "antimony", "graphite")]
    [InlineData("Australia's Lynas Rare Earths said it has produced dysprosium oxide at its processing plant in Malaysia, which it called the first commercial output of a separated heavy rare earth outside China in decades, and said it expects to add terbium oxide shortly.", "new_capacity", "dysprosium", "terbium")]
    public void A_clause_that_only_speculates_lends_its_materials_to_no_fact(string sentence, string type, string material, string speculated)
    {
        var fact = Assert.Single(Score(sentence).Events, e => e.Type == type);

        Assert.Contains(material, fact.Materials);
        Assert.DoesNotContain(speculated, fact.Materials);
    }
}
