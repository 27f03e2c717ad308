namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>What a story says has not moved is no new event: rules that "are unchanged", prices
/// that "held steady" at a high. What traders brace for has not happened yet, and a ban that "is
/// back" or "now applies to" more goods has moved again, as has a suspension that is to "remain
/// in place" past the year: it extends the pause. Written in the
/// week the US-specific suspension of China's gallium, germanium and antimony ban ran out
/// (2026-11-27), when such sentences fill the news.</summary>
public sealed class SteadyStateTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("China's export rules for gallium are unchanged, the ministry said on Tuesday.")] // read as new controls
    [InlineData("China's export controls on gallium were unchanged in the new list.")] // the same
    [InlineData("Beijing left its export controls on antimony unchanged.")] // the same
    [InlineData("The licensing rules for graphite exports stayed unchanged.")] // the same
    [InlineData("China's export rules for gallium remain unchanged.")]
    public void Controls_said_to_be_unchanged_are_background(string sentence)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.True(ev.Background);
    }

    [Theory]
    [InlineData("Germanium prices held steady near record highs.")] // read as a new spike
    [InlineData("Dysprosium prices were holding steady at their highest level in two years.")] // the same
    [InlineData("Gallium prices remained steady near record highs in Rotterdam.")] // the same
    public void Prices_holding_steady_at_a_high_are_background(string sentence)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => !e.Background);
    }

    [Fact]
    public void A_price_that_rose_to_a_high_is_still_news()
    {
        var ev = Assert.Single(Score("Germanium prices hit a record high in Europe on Wednesday.").Events);

        Assert.Equal("price_spike", ev.Type);
        Assert.False(ev.Background);
    }

    [Theory]
    [InlineData("Traders said they were bracing for a return of the gallium ban as the suspension neared its end.")] // read as a ban, full confidence
    [InlineData("Analysts braced for tighter controls on antimony.")] // the same
    [InlineData("Chipmakers are bracing for a new ban on germanium exports.")] // the same
    public void What_traders_brace_for_is_a_hedge(string sentence)
    {
        var result = Score(sentence);

        var ev = Assert.Single(result.Events);
        Assert.Equal("up", ev.Direction);
        Assert.True(ev.Confidence < 0.6, $"confidence {ev.Confidence}");
    }

    [Theory]
    [InlineData("The gallium ban on the US is back.")] // read as the ban in force, background
    [InlineData("The export bans on gallium and germanium are back for US buyers.")] // the same
    [InlineData("The controls now also apply to natural flake graphite.")] // the same
    [InlineData("The ban now applies to antimony oxide as well.")] // the same
    public void A_control_that_is_back_or_widened_is_news(string sentence)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal("up", ev.Direction);
        Assert.False(ev.Background);
    }

    [Theory]
    [InlineData("The ministry said its suspension of the October 2025 rare earth measures would remain in place until November 2027.")] // read as background twice over
    [InlineData("The suspension of the gallium ban will remain in effect until the end of next year.")] // read as background
    public void A_suspension_kept_in_place_past_the_year_is_news(string sentence)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal("controls_suspended", ev.Type);
        Assert.False(ev.Background);
    }

    [Theory]
    [InlineData("The suspension of the gallium ban remains in place.")]
    [InlineData("The suspension of the gallium ban remained in place until November 2026.")]
    public void A_suspension_that_only_stays_in_place_is_background(string sentence)
    {
        Assert.True(Assert.Single(Score(sentence).Events).Background);
    }

    [Theory]
    [InlineData("The truce on rare earth magnets is unaffected by the lapse.", "truce")] // read as the truce ending (up)
    [InlineData("The general licences for magnet exports remain unaffected.", "controls_eased")] // read as new relief
    [InlineData("China's suspension of its graphite controls was unaffected.", "controls_suspended")] // the same
    public void Relief_said_to_be_unaffected_goes_on(string sentence, string type)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal(type, ev.Type);
        Assert.Equal("down", ev.Direction);
        Assert.True(ev.Background);
    }

    [Theory]
    [InlineData("Gallium and germanium remain on China's export control list.")] // read as new controls
    [InlineData("Graphite stays on the export control list.")]
    public void Materials_that_stay_on_a_control_list_are_background(string sentence)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal("export_control", ev.Type);
        Assert.True(ev.Background);
    }

    [Theory]
    [InlineData("Officials said gallium exports to the US would stay banned for the foreseeable future.", "export_ban")] // read as a new ban
    [InlineData("Antimony shipments to the US will remain suspended.", "export_suspension")] // read as a new halt
    public void Controls_that_will_stay_in_force_are_background(string sentence, string type)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal(type, ev.Type);
        Assert.True(ev.Background);
    }

    [Fact]
    public void A_stop_that_may_still_come_is_no_state()
    {
        var result = Score("Production lines may still stop in December because of the magnet shortage.");

        Assert.False(Assert.Single(result.Events, e => e.Type == "plant_stoppage").Background);
    }
}
