using SupplyRisk.Scoring.Engine.Events;

namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>How long licences take now against before: "now take 90 days instead of 45", "wait
/// 30 days for a licence, down from 45", "waiting times have grown".</summary>
public sealed class DurationTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(" now take 90 days instead of 45.", 1)]
    [InlineData(" now take 45 days on average, up from 30 days in the summer.", 1)] // was 0: "on average" hid the baseline
    [InlineData(" take 20 days or more, down from 45.", -1)] // was 0
    [InlineData(" now takes two months, up from three weeks in the summer.", 1)]
    [InlineData(" take about 60 working days compared with 30.", 1)]
    [InlineData(" now take 20 days compared with 45 in the spring.", -1)]
    [InlineData(" take a week instead of a month.", -1)]
    [InlineData(" took 30 days, down from 45.", -1)]
    [InlineData(" take 45 days instead of 45.", 0)]
    [InlineData(" now take three months.", 0)] // no baseline
    [InlineData(" take 90 days instead of the usual route.", 0)]
    [InlineData(" take effect on 1 December instead of 1 January.", 0)] // no duration after "take"
    [InlineData(" now arrive within two weeks, compared with six weeks in the summer.", -1)]
    [InlineData(" arrive in 60 days instead of 45.", 1)]
    [InlineData(" processed in 30 days, compared with 45 before.", -1)] // was 0
    [InlineData(" issued within 60 days, up from 30.", 1)] // was 0
    public void Reads_longer_or_shorter_than_before(string text, int change)
    {
        Assert.Equal(change, DurationText.Change(text));
    }

    [Theory]
    [InlineData("Export licences for gallium now take 90 days instead of 45, traders said.", "licence_delay", "up")] // read as nothing
    [InlineData("Licences for germanium exports now take two months, up from three weeks in the summer.", "licence_delay", "up")]
    [InlineData("Licences for rare earth magnet exports now take 20 days compared with 45 in the spring.", "export_licence_granted", "down")]
    [InlineData("Magnet exporters said approvals now arrive within two weeks, compared with six weeks in the summer.", "export_licence_granted", "down")] // read as nothing
    [InlineData("Gallium export licences are issued in 60 days, up from 30.", "licence_delay", "up")] // read as licences granted
    [InlineData("Germanium export licences are now approved within 90 days instead of 45.", "licence_delay", "up")] // read as licences granted
    [InlineData("Gallium export licences are now approved within 20 days instead of 45.", "export_licence_granted", "down")]
    public void A_licence_that_takes_longer_is_a_delay(string sentence, string type, string overall)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        var ev = Assert.Single(result.Events);
        Assert.Equal(type, ev.Type);
        Assert.False(ev.Background);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData(" will be valid for a year instead of six months.", 1)]
    [InlineData(" are now valid for 90 days, down from 180.", -1)]
    [InlineData(" remain valid for six months.", 0)] // no baseline
    [InlineData(" now take a year instead of six months.", 0)] // how long they take, not how long they last
    public void Reads_a_validity_longer_or_shorter_than_before(string text, int change)
    {
        Assert.Equal(change, DurationText.ValidityChange(text));
    }

    [Theory]
    [InlineData("Beijing says rare earth licences will be valid for a year instead of six months", "controls_eased", "down")] // read as nothing
    [InlineData("Gallium export licences will now be valid for three months instead of a year.", "licence_requirement", "up")] // read as nothing
    [InlineData("Licences for magnets now take a year instead of six months.", "licence_delay", "up")] // a year was no duration
    public void A_licence_valid_for_longer_eases_and_for_less_tightens(string sentence, string type, string overall)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("Licences now take three months to ", true)]
    [InlineData("it will take months to ", true)]
    [InlineData("permits are taking several weeks to ", true)]
    [InlineData("It takes time to ", true)]
    [InlineData("Licences now take about 45 days to be ", true)]
    [InlineData("Licences took six weeks to be ", false)]
    [InlineData("Officials took six weeks to ", false)] // approved in the end
    [InlineData("Licences now take only two weeks to ", false)] // quick
    [InlineData("Licences now take three months, and exporters hope to ", false)]
    [InlineData("The ministry plans to ", false)]
    public void Reads_a_stretch_of_time_before_an_infinitive(string before, bool takes)
    {
        Assert.Equal(takes, DurationText.TakesTimeTo(before));
    }

    [Theory]
    [InlineData("Export licences for rare earth magnets now take three months to approve.")] // read as a grant (down)
    [InlineData("Exporters said it would take months to obtain licences for gallium.")] // a grant, hedged
    [InlineData("Licences for germanium exports are taking longer to be approved.")] // a grant
    [InlineData("China's export licences for synthetic graphite now take about 45 days to be approved.")] // a grant
    [InlineData("Gallium licences will take months to be granted.")] // a grant, hedged
    public void A_licence_that_takes_long_to_approve_is_a_delay(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        var ev = Assert.Single(result.Events);
        Assert.Equal("licence_delay", ev.Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Gallium licences now take 20 days to approve, down from 45.", "export_licence_granted", "down")] // was a delay (up)
    [InlineData("It now takes 20 days to approve gallium licences, down from 45 days.", "export_licence_granted", "down")] // was a delay
    [InlineData("Gallium licences now take two months to approve, down from three.", "export_licence_granted", "down")] // was a delay
    [InlineData("Gallium licences now take 20 days to approve instead of 45.", "export_licence_granted", "down")] // was a delay
    [InlineData("Gallium licences now take 60 days to approve instead of 45.", "licence_delay", "up")]
    [InlineData("Gallium licences now take two months to approve, up from 45.", "licence_delay", "up")] // "up from" says longer, whatever the unit of 45
    public void A_time_to_approve_compared_with_before_says_which_way_the_wait_went(string sentence, string type, string overall)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void Approval_after_a_wait_is_still_a_grant()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "Officials took six weeks to approve the first gallium licences.", Published));

        Assert.Equal("export_licence_granted", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void A_form_that_takes_minutes_is_no_event()
    {
        Assert.Empty(NewsScorer.Default.Score(new NewsText("", "The gallium licence application takes about 20 minutes to fill in.", Published)).Events);
    }

    [Theory]
    [InlineData("Exporters now wait about 30 days for a ", ", down from 45 days, traders said.", -1)]
    [InlineData("Buyers waited 90 days for each ", " instead of 45.", 1)]
    [InlineData("Exporters now wait about 30 days for a ", ", traders said.", 0)] // no baseline
    [InlineData("Exporters wait 30 days, then apply for a ", ", down from 45 days.", 0)] // the wait is not for the licence
    [InlineData("Exporters now wait for a ", ", down from 45 days.", 0)] // no stretch of time
    public void Reads_a_wait_for_a_licence_against_before(string before, string after, int change)
    {
        Assert.Equal(change, DurationText.WaitChange(before, after));
    }

    [Theory]
    [InlineData(" from 45 days", true)] // "down from 45 days"
    [InlineData(" to about three months", true)]
    [InlineData(" to 30 tonnes", false)]
    [InlineData(" from a month earlier", false)] // a date counted back
    [InlineData(" to a two-year high", false)]
    public void Reads_a_verb_that_moves_a_stretch_of_time(string after, bool moves)
    {
        Assert.Equal(moves, DurationText.StartsWithTimeComparison(after));
    }

    [Theory]
    [InlineData("Exporters now wait about 30 days for a rare earth export licence, down from 45 days, traders said.", "export_licence_granted", "down")] // read as licences suspended (up)
    [InlineData("Exporters waited about 90 days for a gallium licence, up from 45 days.", "licence_delay", "up")] // read as nothing
    [InlineData("Waiting times for rare earth export licences have grown to three months, traders said.", "licence_delay", "up")] // nothing
    [InlineData("Waiting times for gallium licences fell to about a month.", "export_licence_granted", "down")] // read as licences suspended (up)
    [InlineData("Approval times for germanium export licences have doubled since the summer.", "licence_delay", "up")] // read as more licences (down)
    [InlineData("The time needed to approve gallium licences has doubled.", "licence_delay", "up")] // read as more licences (down)
    [InlineData("The time it takes to approve gallium export licences has doubled.", "licence_delay", "up")] // the same
    [InlineData("Processing times for germanium licences have lengthened.", "licence_delay", "up")] // the same
    [InlineData("Rare earth licence waits lengthen", "licence_delay", "up")] // a headline: nothing
    [InlineData("Rare earth licence waits shorten to 30 days", "export_licence_granted", "down")] // nothing
    [InlineData("The validity of gallium export licences was cut to six months.", "licence_requirement", "up")]
    [InlineData("Export licences for germanium were cut to six months from a year.", "licence_requirement", "up")] // read as nothing
    [InlineData("China cut gallium export licences to six months from a year.", "licence_requirement", "up")] // read as licences suspended
    [InlineData("Gallium export licences were extended to two years.", "controls_eased", "down")]
    [InlineData("The licence wait for graphite anodes has shortened to 20 days from 45.", "export_licence_granted", "down")] // nothing: "licence wait" was no wait
    [InlineData("The licence wait for graphite anodes has grown to 60 days.", "licence_delay", "up")] // nothing
    [InlineData("Licence waits for magnet exports have doubled.", "licence_delay", "up")] // read as exports that doubled (down)
    public void A_longer_wait_for_licences_is_a_delay_and_a_shorter_one_a_speed_up(string sentence, string type, string overall)
    {
        // The licences are what the wait is for: no licence was suspended or granted.
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("Exporters have been waiting two months for licences to ship gallium.")] // read as nothing: only "waiting for" was a wait
    [InlineData("Japanese magnet makers have waited months for export permits for dysprosium.")] // nothing
    [InlineData("Germanium exporters are waiting nearly three weeks for each licence.")] // nothing
    public void A_wait_of_a_stretch_of_time_for_licences_is_a_delay(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Equal("licence_delay", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Export licences for dysprosium now take up to 60 days to process.")] // read as nothing
    [InlineData("Licences for gallium exports take months to clear.")] // read as nothing
    [InlineData("Germanium export permits are taking about eight weeks to obtain.")] // read as nothing
    public void A_licence_that_takes_a_stretch_of_time_to_handle_is_a_delay(string sentence)
    {
        // As one that takes months to approve: the wait is the news, with nothing to compare.
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Equal("licence_delay", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Export licences for gallium take only two weeks to process.")] // quick
    [InlineData("Export licences for gallium took six weeks to process, but all were granted.")] // granted in the end
    [InlineData("Gallium export licences take two weeks to process, down from six.")] // shorter than before: a speed-up
    public void A_licence_handled_quickly_or_in_the_end_is_no_delay(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.DoesNotContain(result.Events, e => e.Type == "licence_delay");
    }

    [Theory]
    [InlineData("Exporters wait 30 days, then apply for a gallium licence.")] // the wait is not for the licence
    [InlineData("Exporters now wait only two weeks for a gallium licence.")] // quick
    [InlineData("Buyers waited in line for hours as gallium licences were granted.")] // a queue, then a grant
    public void A_wait_that_is_not_long_or_not_for_the_licence_is_no_delay(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.DoesNotContain(result.Events, e => e.Type == "licence_delay");
    }

    [Theory]
    [InlineData("The licence backlog for magnet exports has grown to more than 1,000 applications.", "licence_delay", "up")] // read as nothing
    [InlineData("The gallium licence backlog has shrunk to a few dozen applications.", "export_licence_granted", "down")] // nothing
    [InlineData("Officials cleared the magnet licence backlog in two weeks.", "export_licence_granted", "down")]
    public void A_backlog_of_applications_is_a_wait(string sentence, string type, string overall)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("Exporters now wait about 30 days for a ", true)]
    [InlineData("Exporters have been waiting months for ", true)]
    [InlineData("Exporters have been waiting several weeks for ", true)]
    [InlineData("Exporters now wait only two weeks for ", false)]
    [InlineData("Exporters wait 30 days, then apply for a ", false)]
    [InlineData("Exporters now wait for a ", false)]
    [InlineData("Exporters waited in line for hours for ", false)]
    public void Reads_a_wait_of_a_stretch_of_time_for_what_follows(string before, bool waits)
    {
        Assert.Equal(waits, DurationText.WaitsFor(before));
    }
}
