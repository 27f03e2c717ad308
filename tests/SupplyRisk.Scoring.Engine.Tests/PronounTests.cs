namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A control named once and then taken up by a pronoun: "the ban was introduced in
/// 2024. It was lifted on Friday". The verb beside the pronoun found no noun, so the news itself
/// (the lifting) read as nothing.</summary>
public sealed class PronounTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("China's gallium ban was introduced in 2024. It was lifted on Friday.", "controls_lifted", "gallium")]
    [InlineData("The rules on graphite were announced last year. They were tightened on Monday.", "export_control", "graphite")]
    [InlineData("China tightened controls on gallium but eased them on germanium.", "controls_eased", "germanium")]
    [InlineData("Instead of lifting the curbs on gallium exports, China extended them to three more metals.", "export_control", "gallium")]
    [InlineData("China banned gallium exports to Japanese chipmakers in 2024. It was lifted on Wednesday.", "controls_lifted", "gallium")] // a ban told by its verb
    [InlineData("The gallium ban was suspended a year ago. On Friday it came back into force.", "export_control", "gallium")] // read as nothing: no passive auxiliary
    [InlineData("The antimony ban was suspended a year ago. It took effect again on Friday.", "export_control", "antimony")] // the same
    public void A_pronoun_beside_its_verb_stands_for_the_control_named_before(string body, string type, string material)
    {
        var result = Score(body);

        var ev = Assert.Single(result.Events, e => e.Type == type && !e.Background);
        Assert.Equal([material], ev.Materials);
    }

    [Fact]
    public void A_time_that_closes_the_earlier_event_does_not_date_the_later_one()
    {
        // "In 2023" sat closer to "tightened them" than "this week" did.
        var result = Score("China imposed controls on graphite in 2023 and tightened them further this week.");

        Assert.Contains(result.Events, e => e.Type == "export_control" && !e.Background);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void A_time_shared_by_two_events_with_none_of_their_own_dates_both()
    {
        var result = Score("China halted gallium exports in May and closed two mines.");

        Assert.All(result.Events, e => Assert.True(e.Background));
    }

    [Theory]
    [InlineData("China banned gallium exports, saying it was needed for national security.")]
    [InlineData("China banned gallium exports to the US. It was imposed after Washington tightened chip curbs.")]
    public void A_control_told_again_through_a_pronoun_is_not_a_second_control(string body)
    {
        var result = Score(body);

        Assert.Equal("export_ban", Assert.Single(result.Events).Type);
    }

    [Fact]
    public void The_event_told_by_the_pronoun_decides_the_direction()
    {
        Assert.Equal("down", Score("China's gallium ban was introduced in 2024. It was lifted on Friday.").Overall); // the old ban only: up
    }

    [Theory]
    [InlineData("Gallium exports fell in October, and it was lifted in November.")] // no control before the pronoun
    [InlineData("China banned the export of technology to separate rare earths, adding it to a catalogue of restricted technologies.")] // an item is added
    [InlineData("China has suspended the expanded export controls it announced on 9 October.")] // "it" is who announced
    public void A_pronoun_without_a_control_to_stand_for_makes_no_event(string body)
    {
        var result = Score(body);

        Assert.DoesNotContain(result.Events, e => e.Type == "controls_lifted");
        Assert.True(result.Events.Count(e => e.Type == "export_control" && !e.Background) == 0, string.Join(", ", result.Events.Select(e => e.Type)));
    }
}
