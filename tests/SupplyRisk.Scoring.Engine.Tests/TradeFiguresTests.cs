namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Monthly trade figures tell their direction with "up" and "down" after the amount:
/// "gallium exports reached 12 tonnes in October, up from 3". "Down" already read as a fall;
/// "up" read as nothing, so a rise in exports went unseen while the same figure falling counted.</summary>
public sealed class TradeFiguresTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Gallium exports reached 12 tonnes in October, up from 3 tonnes in September.")]
    [InlineData("Rare earth magnet exports were 5,000 tonnes in October, up 20% from September.")]
    [InlineData("Shipments of antimony came to 300 tonnes, up 40% year on year.")]
    [InlineData("Magnet exports in the first ten months were up 12% on the year.")]
    [InlineData("Gallium exports were up sharply in October.")]
    public void Exports_told_as_up_on_before_rise(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_rise", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China's germanium exports totalled 5 tonnes last month, down from 9 tonnes a year earlier.")]
    [InlineData("Rare earth magnet exports stood at 4,200 tonnes in November, down 15% from a year earlier.")]
    [InlineData("Magnet exports in October were down 12% from September.")]
    public void The_same_figures_told_as_down_still_drop(string sentence)
    {
        Assert.Equal("export_drop", Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("Germanium shipments to the US remained at zero in October.")] // read as nothing
    [InlineData("Exports of gallium to the United States have been zero since October.")]
    [InlineData("Gallium exports totalled zero in October for the third straight month.")] // read as nothing
    [InlineData("Antimony shipments to the US amounted to zero last month.")] // read as nothing
    public void Exports_that_stay_at_zero_drop(string sentence)
    {
        var result = Score(sentence);

        Assert.False(Assert.Single(result.Events, e => e.Type == "export_drop").Background);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Gallium exports in October rose 30% from September.", "export_rise")]
    [InlineData("Licence approvals for magnets last month doubled.", "export_licence_granted")]
    public void A_time_between_the_subject_and_its_verb_keeps_them_together(string sentence, string type)
    {
        Assert.Equal(type, Assert.Single(Score(sentence).Events).Type);
    }

    [Fact]
    public void Prices_that_went_up_spiked()
    {
        var result = Score("Magnet exports to the US were cut by half, and prices went up."); // the prices read as nothing

        Assert.Contains(result.Events, e => e.Type == "export_drop");
        Assert.Contains(result.Events, e => e.Type == "price_spike");
    }

    [Theory]
    [InlineData("Exporters may ship up to 20 tonnes of gallium a month under the licence.")]
    [InlineData("Exports of up to 5 tonnes need no licence.")]
    [InlineData("Shipments of germanium piled up at the port.")]
    [InlineData("The gallium exports were caught up in the dispute.")]
    [InlineData("Exports of graphite ended up lower in October than traders expected.")]
    public void An_up_that_belongs_to_another_word_is_no_rise(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "export_rise");
    }

    [Theory]
    [InlineData("Shipments of flake graphite rose.", "export_rise")] // read as nothing: "flake" stood between
    [InlineData("Exports of graphite anode material rose in October.", "export_rise")] // the same: "material"
    [InlineData("Exports of graphite anodes fell, though shipments of flake graphite rose.", "export_rise")] // the rise was missing
    public void Forms_of_graphite_are_graphite(string sentence, string type)
    {
        var ev = Assert.Single(Score(sentence).Events, e => e.Type == type);

        Assert.Contains("graphite", ev.Materials);
    }
}
