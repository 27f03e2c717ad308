namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A clause set off by commas between a subject and its verb ("The suspension of the
/// gallium ban, announced last November, was renewed"): it says what the subject is, and its
/// date is the subject's past, not the date of what the sentence reports.</summary>
public sealed class ParentheticalClauseTests
{
    // The day the one-year pause on China's gallium, germanium and antimony ban ran out.
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("The suspension of the gallium ban, announced last November, was renewed for a year.")]
    [InlineData("The suspension of the gallium ban, agreed in November 2025, was extended on Thursday.")]
    [InlineData("The pause on gallium export controls, agreed last year, has been prolonged.")]
    public void A_pause_renewed_after_its_dated_description_is_news(string sentence)
    {
        // Each read as the pause of last November: background, overall none.
        var result = Score(sentence);

        var pause = Assert.Single(result.Events, e => e.Type == "controls_suspended");
        Assert.False(pause.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("The suspension of the gallium ban, announced last November, ended on Thursday.")] // read as the pause, background
    [InlineData("The suspension of the gallium ban, announced last November, expired at midnight.")]
    [InlineData("The suspension of the gallium ban, announced last November, was not renewed.")]
    [InlineData("The gallium export ban suspension, agreed as part of last year's truce, has ended.")] // read as the pause (down)
    [InlineData("The pause on gallium export controls, agreed in 2025, was lifted on Friday.")]
    [InlineData("The suspension of China's ban on gallium, germanium and antimony sales to American buyers, agreed in November 2025, "
        + "expired at midnight without an extension, the commerce ministry said on Friday.")] // background: the list's commas hid the clause
    public void A_pause_that_ends_after_its_dated_description_gives_the_risk_back(string sentence)
    {
        var result = Score(sentence);

        var end = Assert.Single(result.Events, e => e.Type == "controls_suspended_reversed");
        Assert.False(end.Background);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The pause on antimony export curbs, which was due to expire on Thursday, has been extended by another year.")] // read as none
    [InlineData("The pause on antimony export curbs, due to expire on Thursday, has been extended by another year.")] // read as the pause ending (up)
    public void A_pause_extended_after_the_date_it_was_due_to_end_is_relief(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_suspended", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void A_pause_that_lapses_after_a_clause_about_its_due_date_still_ends()
    {
        var result = Score("The pause on antimony export curbs, which was due to expire on Thursday, has lapsed.");

        Assert.Equal("controls_suspended_reversed", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The gallium ban, suspended a year ago, now applies again.")] // read as the pause (background)
    [InlineData("The ban on gallium sales to US military users, suspended a year ago, now applies again.")]
    [InlineData("The gallium ban, suspended last November, is back in force.")] // read as the pause (down)
    [InlineData("The gallium ban, which was suspended last November, took effect again on Friday.")]
    public void A_ban_whose_pause_is_recalled_between_commas_returns(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "export_ban" && e.Direction == "up" && !e.Background);
        Assert.DoesNotContain(result.Events, e => e.Direction == "down" && !e.Background);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Gallium exports, banned since December 2024, resumed this week.")] // read as background
    [InlineData("Exports of gallium, halted in 2023, resumed on Friday.")]
    public void A_stop_recalled_between_commas_does_not_date_the_resumption(string sentence)
    {
        var result = Score(sentence);

        var resumed = Assert.Single(result.Events, e => e.Type == "shipments_resumed");
        Assert.False(resumed.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China's ban on gallium exports (imposed in 2023 and suspended last year) returned on Friday.", "up")] // a background ban
    [InlineData("The suspension of the gallium ban (announced last November) was renewed for a year.", "down")]
    [InlineData("Gallium exports (halted in 2023) resumed on Friday.", "down")]
    [InlineData("The gallium ban - imposed in December 2024 - was lifted on Sunday.", "down")] // read as the ban alone, background
    [InlineData("The gallium ban \u2013 imposed in December 2024 \u2013 was lifted on Sunday.", "down")] // between en dashes
    [InlineData("Gallium exports \u2014 halted in 2023 \u2014 resumed on Friday.", "down")] // between em dashes
    public void A_clause_in_brackets_or_dashes_is_read_as_one_between_commas(string sentence, string overall)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => !e.Background);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("Beijing suspended the export controls it imposed on five rare earths in October.", "controls_suspended", "down")] // read as background
    [InlineData("China lifted the gallium ban it introduced in 2023.", "controls_lifted", "down")]
    [InlineData("China reimposed the gallium ban it had lifted last year.", "export_ban", "up")] // background: "had" hid the clause
    [InlineData("China lifted the gallium ban that it had imposed last year.", "controls_lifted", "down")]
    public void A_time_in_a_clause_without_that_dates_that_clause(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.False(Assert.Single(result.Events, e => e.Type == type).Background);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void A_time_right_after_the_event_still_dates_it()
    {
        Assert.True(Assert.Single(Score("China lifted the gallium ban in 2023.").Events).Background);
    }

    [Fact]
    public void A_dated_pause_that_the_sentence_does_not_renew_stays_in_the_past()
    {
        // The clause between the commas dates the pause; "helped exporters" is no renewal.
        var result = Score("The suspension of the gallium ban, announced last November, helped exporters.");

        var pause = Assert.Single(result.Events, e => e.Type == "controls_suspended");
        Assert.True(pause.Background);
        Assert.Equal("none", result.Overall);
    }
}
