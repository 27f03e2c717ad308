namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Countries are named by the words the news uses for them. A country the seeds did not
/// know was an unknown word: between a subject and its verb it parted them ("shipments of gallium
/// to the Netherlands doubled" read as nothing), and a deal between two countries other than China
/// read as a truce with China.</summary>
public sealed class CountryTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Shipments of gallium to the Netherlands doubled in October.", "NL")] // read as nothing: the country was an unknown word
    [InlineData("Exports of antimony to Belgium rose in October.", "BE")] // read as nothing
    [InlineData("Exports of rare earth magnets to Mexico rose sharply in October.", "MX")] // read as nothing
    public void A_destination_country_between_the_subject_and_its_verb_keeps_them_together(string sentence, string country)
    {
        var rise = Assert.Single(Score(sentence).Events);
        Assert.Equal("export_rise", rise.Type);
        Assert.Contains(country, rise.Countries);
    }

    [Fact]
    public void Inner_Mongolia_is_a_region_of_China_not_Mongolia()
    {
        var cut = Assert.Single(Score("Inner Mongolia ordered rare earth smelters to cut output by a fifth.").Events);
        Assert.Equal(["CN"], cut.Countries);
    }
}
