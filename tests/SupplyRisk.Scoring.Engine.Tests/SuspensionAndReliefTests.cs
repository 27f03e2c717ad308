namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Relief and its end: suspensions and pauses of controls (extended, announced, ended,
/// lapsing), waivers and exemptions, stops of trade or mining that are lifted, and bans that
/// return.</summary>
public sealed class SuspensionAndReliefTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 20, 8, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    private static void AssertSingleEvent(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void Scrapping_a_rule_to_license_each_shipment_lifts_the_rule_alone()
    {
        AssertSingleEvent("China will scrap the requirement to obtain a licence for each shipment of gallium.", "controls_lifted", "down"); // also shipments approved
    }

    [Fact]
    public void A_duty_to_obtain_a_licence_for_each_shipment_is_still_a_requirement()
    {
        AssertSingleEvent("Exporters must obtain a licence for each shipment of gallium.", "licence_requirement", "up");
    }

    [Theory]
    [InlineData("China's new rules require exporters to obtain licences for products containing rare earths.")] // also licences granted (down)
    [InlineData("The ministry will require gallium exporters to obtain licences.")]
    public void Licences_someone_is_made_to_obtain_are_a_requirement(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "licence_requirement");
        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
    }

    [Theory]
    [InlineData("The new rules do not apply to magnets used in consumer electronics.")] // was new controls (up)
    [InlineData("The magnet export rules exclude magnets used in consumer electronics.")] // was new controls (up)
    [InlineData("The gallium ban does not apply to shipments to Japan.")] // 'ban' read as a verb banning the shipments
    [InlineData("The gallium ban does not cover shipments to Japan and South Korea.")] // read as the ban in force
    [InlineData("Gallium ban does not apply to shipments to Japan")]
    public void Controls_that_leave_goods_out_ease(string sentence)
    {
        AssertSingleEvent(sentence, "controls_eased", "down");
    }

    [Theory]
    [InlineData("The suspension covers the controls on gallium exports.")] // read as new controls (up)
    [InlineData("The suspension covers the five newly listed rare earth elements and the controls on mining equipment.")] // read as new controls (up)
    [InlineData("The suspension covers the new gallium controls, the rules on germanium, and the measures on graphite.")] // read as new controls (up)
    [InlineData("China suspended the new gallium controls and the measures on graphite.")] // also new controls: "new" took the measures after the controls
    public void Controls_a_suspension_covers_are_suspended(string sentence)
    {
        AssertSingleEvent(sentence, "controls_suspended", "down");
    }

    [Theory]
    [InlineData("The export controls on rare earths will not take effect until November 2026.")] // read as nothing
    [InlineData("The gallium ban won't come into force until next year.")] // read as a new ban (up)
    [InlineData("China put its new gallium export rules on hold.")]
    [InlineData("Beijing put its rare earth controls on hold for a year.")] // read as new controls: "controls on" took the "on" of "on hold"
    public void Controls_whose_start_is_put_off_are_suspended(string sentence)
    {
        AssertSingleEvent(sentence, "controls_suspended", "down");
    }

    [Fact]
    public void A_pause_that_will_not_apply_until_later_ends_no_relief()
    {
        var result = Score("The suspension of the gallium ban will not apply until January.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
        Assert.False(Assert.Single(result.Events).Background); // January is to come: the cue tells the future as "will" does
    }

    [Fact]
    public void An_exclusion_ends_no_relief()
    {
        var result = Score("The suspension of the gallium ban does not apply to US defence firms.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
    }

    [Theory]
    [InlineData("The US and China extended their truce on rare earth export controls for another 90 days.")] // also new controls (up overall)
    [InlineData("Washington and Beijing agreed a truce over gallium export curbs.")]
    public void Controls_a_truce_is_on_are_no_new_controls(string sentence)
    {
        AssertSingleEvent(sentence, "truce", "down");
    }

    [Theory]
    [InlineData("Some European buyers have been exempted from the new graphite rules.", "down")] // read as nothing
    [InlineData("Chipmakers in Japan are exempt from the export ban on gallium.", "down")]
    [InlineData("No buyers have been exempted from the new graphite rules.", "none")]
    [InlineData("China introduced a white list of buyers exempt from gallium export checks.", "down")] // the list introduced the checks
    [InlineData("China introduced a white list of buyers exempted from gallium export checks.", "down")]
    public void Buyers_exempted_from_the_rules_ease(string sentence, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(overall, result.Overall);
        Assert.All(result.Events, e => Assert.Equal("controls_eased", e.Type));
    }

    [Theory]
    [InlineData("The truce that paused the October controls on rare earths is over, officials said.", "controls_suspended_reversed")] // a pause (down)
    [InlineData("The pause on gallium export controls is over.", "controls_suspended_reversed")] // read as nothing
    [InlineData("China ended the truce with the United States on Friday and restored its gallium export ban.", "truce_reversed")] // a truce (down)
    [InlineData("The trade truce on rare earths ended on Friday.", "truce_reversed")] // a truce (down)
    [InlineData("The truce on rare earths, agreed in May, ended on Friday.", "truce_reversed")] // a truce (down)
    public void A_pause_or_truce_that_is_over_gives_the_risk_back(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == type && !e.Background);
        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Beijing lifted the ban on gallium exports and the curbs on germanium.", "germanium")] // the curbs read as new controls (up)
    [InlineData("China lifted the curbs on gallium, the rules on germanium, and the measures on graphite.", "graphite")] // the same
    [InlineData("China scrapped the export licence requirement for graphite, the controls on antimony and the ban on gallium sales to the US.", "gallium")] // up overall
    [InlineData("China suspended its controls on rare earth equipment, the new rules on lithium battery materials, and the 0.1% rule.", "lithium")]
    public void Controls_listed_after_a_lifting_verb_are_all_lifted(string sentence, string lastMaterial)
    {
        var result = Score(sentence);

        var relief = Assert.Single(result.Events);
        Assert.Equal("down", relief.Direction);
        Assert.Contains(lastMaterial, relief.Materials);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void Controls_listed_after_a_verb_that_imposes_are_one_imposition()
    {
        var result = Score("China imposed controls on gallium, restrictions on germanium and a ban on antimony exports.");

        var control = Assert.Single(result.Events); // and a ban, as a second event
        Assert.Equal(["gallium", "germanium", "antimony"], control.Materials);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void A_truce_named_in_a_clause_before_an_ending_does_not_end()
    {
        var result = Score("The gallium export ban suspension, agreed as part of last year's truce, has ended.");

        Assert.Contains(result.Events, e => e.Type == "controls_suspended_reversed" && !e.Background);
        Assert.DoesNotContain(result.Events, e => e.Type == "truce_reversed"); // read so after "ended" became an ending cue
    }

    [Theory]
    [InlineData("Chinese customs stopped inspecting every shipment of germanium at the border.")] // read as exports suspended
    [InlineData("Customs officers stopped checking gallium shipments bound for Japan.")]
    [InlineData("Customs officers stopped opening every container of graphite bound for Korea.")] // read as exports suspended
    public void Checks_on_shipments_that_stop_ease(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_eased", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Customs stopped checking documents and started inspecting every container of antimony.")] // the checks were eased
    [InlineData("Exporters stopped applying for licences for graphite shipments.")] // the rules were lifted
    public void Checks_or_applications_stopped_on_something_else_ease_nothing(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Direction == "down");
    }

    [Theory]
    [InlineData("The export controls on rare earths announced on June 9 will not be implemented for one year.")] // read as the controls
    [InlineData("China said it would not implement the new controls on rare earth technology for a year.")] // a pause and the controls
    [InlineData("China will delay implementation of its graphite export rules.")]
    public void Controls_not_implemented_for_now_are_paused(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_suspended", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("The gallium ban remains suspended until the end of next year.", false)] // background: "remains"
    [InlineData("The export ban on gallium remains suspended until March 2026.", false)]
    [InlineData("The export ban on gallium remains suspended until December 2025.", true)] // the date it had
    [InlineData("The gallium ban remains suspended.", true)]
    public void Relief_that_stays_into_a_later_year_is_news(string sentence, bool background)
    {
        var result = Score(sentence);

        Assert.Equal(background, Assert.Single(result.Events, e => e.Type == "controls_suspended").Background);
    }

    [Theory]
    [InlineData("The gallium export ban suspension was lifted.")]
    [InlineData("The gallium export ban suspension has ended.")]
    [InlineData("The gallium ban pause ends.")]
    public void A_compound_pause_that_a_lifting_verb_ends_gives_the_risk_back(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "controls_suspended_reversed");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China's suspension of its gallium export ban is due to end on Friday.")] // read as the pause (down)
    [InlineData("American chipmakers are stockpiling gallium ahead of Friday, when China's one-year suspension of its export ban on the metal is due to end.")]
    [InlineData("The one-year pause on the gallium ban is drawing to a close.")]
    public void A_pause_due_to_end_gives_the_risk_back(string sentence)
    {
        var result = Score(sentence);

        // ("The one-year pause" is the truce's own phrase: its end is truce_reversed.)
        Assert.EndsWith("_reversed", Assert.Single(result.Events).Type, StringComparison.Ordinal);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China extended the gallium ban suspension a day before it was due to end.")]
    [InlineData("China extended the suspension of its gallium ban a day before the one-year pause was due to lapse.")] // also an ended truce (up)
    [InlineData("China will keep its ban on gallium sales suspended, the ministry said on Thursday, a day before the one-year pause was due to lapse.")]
    public void A_pause_extended_before_it_was_due_to_end_stays_relief(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_suspended", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void What_happened_before_the_event_is_still_an_event()
    {
        // Only a schedule the event overtook is dropped, not what followed it.
        var result = Score("Exporters rushed gallium shipments out before the ban took effect.");

        Assert.Contains(result.Events, e => e.Type == "export_ban" && !e.Background);
    }

    [Theory]
    [InlineData("The gallium controls that were suspended in November are back in force.")] // read as the controls suspended (down)
    [InlineData("The antimony curbs that had been paused are back in force.")] // suspended
    public void Controls_back_in_force_after_a_clause_that_tells_their_pause_are_news(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "export_control" && !e.Background);
        Assert.DoesNotContain(result.Events, e => e.Direction == "down" && !e.Background);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Gallium exports remain far below where they were before the ban.")] // read as a new ban
    [InlineData("Before the ban, China supplied 90% of the world's gallium.")] // a new ban
    public void A_control_named_alone_after_before_is_known(string sentence)
    {
        var result = Score(sentence);

        Assert.True(Assert.Single(result.Events, e => e.Type == "export_ban").Background);
        Assert.Equal("none", result.Overall);
    }

    [Theory]
    [InlineData("Officials said the gallium suspension would be extended for another year.", "controls_suspended", "down")]
    [InlineData("The pause has been renewed for germanium.", "controls_suspended", "down")]
    [InlineData("Officials said the gallium suspension would not be extended.", "controls_suspended_reversed", "up")]
    [InlineData("The antimony pause won't be renewed.", "controls_suspended_reversed", "up")]
    public void A_pause_named_without_its_control_is_still_the_pause(string sentence, string type, string overall)
    {
        // No control noun follows "suspension" or "pause" here, so nothing paired with them.
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void An_export_suspension_that_is_extended_still_tightens()
    {
        var result = Score("The suspension of gallium exports was extended.");

        Assert.Contains(result.Events, e => e.Type == "export_suspension");
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void A_pause_named_in_a_later_sentence_borrows_the_article_materials()
    {
        var result = NewsScorer.Default.Score(new NewsText("What next for gallium buyers",
            "China's one-year pause on its ban on gallium and germanium sales to US buyers ends on Friday. "
            + "On Thursday officials said the suspension would not be extended.", Published));

        Assert.Contains(result.Events, e => e.Type == "controls_suspended_reversed" && e.Materials.Contains("germanium"));
        Assert.Equal("up", Sector(result, "semiconductor").Direction);
    }

    [Theory]
    [InlineData("China extended the validity of export licences for rare earth magnets to three years.", "controls_eased", "down")]
    [InlineData("China shortened the validity of export licences for rare earth magnets to six months.", "licence_requirement", "up")]
    [InlineData("The validity of gallium export licences was extended to three years.", "controls_eased", "down")] // a licence requirement (up)
    [InlineData("The validity of the gallium export licences has been extended.", "controls_eased", "down")]
    [InlineData("The validity of gallium export licences was cut to six months.", "licence_requirement", "up")] // a licence suspension
    public void Longer_licences_ease_and_shorter_ones_tighten(string sentence, string type, string overall)
    {
        // "extended ... licences" read as more licensing (up); "shortened" read as nothing.
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void Licences_extended_to_new_buyers_are_no_validity()
    {
        Assert.Equal("licence_requirement", Assert.Single(Score("China extended licence requirements to graphite.").Events).Type);
    }

    [Theory]
    [InlineData("China resumed its strict review of antimony export applications.")]
    [InlineData("Beijing resumed its checks on graphite shipments.")]
    [InlineData("China resumed export controls on gallium.")]
    public void Controls_that_resume_tighten_again(string sentence)
    {
        // "resumed" took the applications or the shipments (a licence granted, trade resuming).
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "export_control");
        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Trade_that_resumes_after_controls_are_lifted_is_still_easing()
    {
        var result = Score("Gallium exports resumed after the controls were lifted.");

        Assert.Contains(result.Events, e => e.Type == "shipments_resumed");
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void A_pause_on_a_ban_that_nears_its_end_raises_risk_again()
    {
        var paused = Score("China paused its ban on gallium exports to the United States for one year.");
        var ending = Score("The one-year pause on China's gallium export ban nears its end.");

        Assert.Equal("down", Sector(paused, "semiconductor").Direction);
        Assert.Equal("up", ending.Overall);
        Assert.Equal("up", Sector(ending, "semiconductor").Direction);
        Assert.Contains(ending.Events, e => e.Type.EndsWith("_reversed", StringComparison.Ordinal) && e.Direction == "up");
    }

    [Fact]
    public void A_suspension_scheduled_to_lapse_still_reads_as_a_future_date()
    {
        var result = Score("The suspension of China's gallium export ban, agreed in November 2024, is scheduled to lapse on 27 November.");

        var ev = Assert.Single(result.Events);
        Assert.Equal("up", ev.Direction);
        Assert.False(ev.Background);
    }

    [Theory]
    [InlineData("The gallium export ban lapsed on Friday.")] // read as a ban (up)
    [InlineData("The ban on gallium exports to the US expired on Friday.")] // a ban
    [InlineData("The gallium ban will not be extended.")] // read as nothing
    [InlineData("China said the gallium ban would not be extended.")]
    public void A_control_that_lapses_is_relief(string sentence)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal("controls_lifted", ev.Type);
        Assert.Equal("down", ev.Direction);
    }

    [Theory]
    [InlineData("Their gallium export licences expired on Friday.")] // read as nothing
    [InlineData("An executive said the company had been told its graphite licence would not be renewed.")] // read as nothing
    public void A_licence_that_lapses_is_taken_away(string sentence)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal("licence_suspension", ev.Type);
        Assert.Equal("up", ev.Direction);
    }

    [Fact]
    public void Talks_on_licences_that_break_down_take_no_licence_away()
    {
        Assert.DoesNotContain(Score("Talks between China and the EU on rare earth licences broke down.").Events, e => e.Type == "licence_suspension");
    }

    [Theory]
    [InlineData("The gallium ban, imposed in 2023, expired on Friday.")] // the ban, as background
    [InlineData("The gallium export ban, which China imposed in 2023, has lapsed.")] // the ban, as background
    [InlineData("The gallium ban, imposed in 2023, will not be renewed.")] // the ban, as background
    public void A_control_that_lapses_after_the_clause_that_imposed_it_is_relief_and_news(string sentence)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal("controls_lifted", ev.Type);
        Assert.Equal("down", ev.Direction);
        Assert.False(ev.Background);
    }

    [Theory]
    [InlineData("The gallium ban has not expired.")]
    [InlineData("The gallium ban hasn't lapsed yet.")]
    [InlineData("The gallium ban, imposed in 2023, has not expired.")]
    public void A_control_that_has_not_lapsed_is_no_relief(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Direction == "down");
    }

    [Fact]
    public void Extending_a_pause_on_a_ban_is_easing()
    {
        var result = Score("China extended its pause on the gallium export ban by another year.");

        Assert.Equal("controls_suspended", Assert.Single(result.Events).Type);
        Assert.Equal("down", Sector(result, "semiconductor").Direction);
    }

    [Theory]
    [InlineData("The one-year suspension of China's ban on gallium and germanium exports to the US expired on Friday, and the ban is back in force.")]
    [InlineData("Beijing let the pause on its gallium export ban lapse, reinstating the restrictions on US buyers.")]
    [InlineData("The commerce ministry said the suspension of the gallium ban would not be renewed.")]
    [InlineData("The suspension of the gallium ban will not be extended.")] // read as the pause (down)
    [InlineData("The pause on the gallium ban has not been renewed.")] // the pause
    [InlineData("The suspension of the gallium ban hasn't been extended.")] // the pause
    [InlineData("The gallium export ban pause was not extended.")] // the pause as well as its end (net none)
    [InlineData("Gallium export ban pause will not be extended")] // the pause as well
    public void Relief_that_expires_lapses_or_is_not_renewed_gives_the_risk_back(string sentence)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Equal("up", Sector(result, "semiconductor").Direction);
    }

    [Fact]
    public void A_truce_that_collapses_gives_the_risk_back_and_collapsing_prices_stay_easing()
    {
        var truce = Score("The rare earth truce collapsed on Friday after Washington widened its chip controls.");
        var prices = Score("Gallium prices collapsed after China resumed exports.");

        Assert.DoesNotContain(truce.Events, e => e.Direction == "down");
        Assert.Equal("up", truce.Overall);
        Assert.DoesNotContain(prices.Events, e => e.Direction == "up");
        Assert.Equal("down", prices.Overall);
    }

    [Theory]
    [InlineData("The commerce ministry said it would not extend the suspension of its gallium export ban to the United States.")]
    [InlineData("China did not renew the pause on its germanium export controls.")]
    [InlineData("Beijing declined to extend the suspension of the gallium ban when it ran to its end on Friday.")]
    [InlineData("China won't renew the suspension of its gallium export ban.")]
    public void Relief_refused_its_extension_gives_the_risk_back(string sentence)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Equal("up", Sector(result, "semiconductor").Direction);
    }

    [Fact]
    public void Restoring_a_ban_is_tightening_and_restoring_shipments_is_easing()
    {
        var ban = Score("Beijing allowed the suspension to expire, restoring the ban on gallium and germanium shipments to American buyers.");
        var shipments = Score("Chinese smelters restored gallium shipments to Japanese buyers.");

        Assert.DoesNotContain(ban.Events, e => e.Direction == "down");
        Assert.Equal("up", ban.Overall);
        Assert.Equal("shipments_resumed", Assert.Single(shipments.Events).Type);
    }

    [Theory]
    [InlineData("China will not extend its export ban on gallium.")]
    [InlineData("China declined to extend the licensing requirement for graphite exports.")]
    [InlineData("The gallium export ban does not extend to Japan.")]
    public void A_tightening_that_is_not_extended_is_no_news_either_way(string sentence)
    {
        Assert.Equal("none", Score(sentence).Overall);
    }

    [Theory]
    [InlineData("China extended the suspension of its ban on gallium, germanium and antimony exports to the United States for another year.")]
    [InlineData("China said it would extend the suspension of its gallium export ban to the United States for another year.")]
    [InlineData("Beijing is extending the pause on its gallium export ban until November 2027.")]
    [InlineData("China renewed the suspension of its germanium export ban.")]
    public void Relief_that_is_extended_stays_easing(string sentence)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
        Assert.Equal("down", Sector(result, "semiconductor").Direction);
    }

    [Fact]
    public void A_truce_extended_with_its_pause_on_controls_is_easing()
    {
        // "extend" takes the truce right after it, not the controls behind it; and relief that
        // is kept for another year is news.
        var result = Score("China and the US agreed to extend their trade truce, keeping the pause on rare earth controls for another year.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
        Assert.Contains(result.Events, e => e.Type == "controls_suspended" && !e.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China ended the suspension of its export ban on antimony to the United States.")]
    [InlineData("Beijing lifted the pause on its gallium export controls.")]
    [InlineData("China will end the suspension of its gallium export ban on Friday.")]
    public void Ending_a_suspension_brings_the_ban_back(string sentence)
    {
        var result = Score(sentence);

        var e = Assert.Single(result.Events);
        Assert.Equal("controls_suspended_reversed", e.Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China did not end the suspension of its gallium export ban.", "none")]
    [InlineData("China scrapped the freeze on gallium export licences.", "down")]
    [InlineData("China lifted its ban on gallium exports.", "down")]
    public void Only_a_suspension_ended_brings_a_ban_back(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("The pause on gallium export controls ended on Friday.")]
    [InlineData("The pause on gallium export controls was lifted on Friday.")]
    [InlineData("The suspension of gallium export controls ended.")]
    public void A_pause_that_ends_as_subject_brings_the_controls_back(string sentence)
    {
        // The controls are what the pause is on; the pause is what ended. Read as the controls
        // ending, these were easing.
        var result = Score(sentence);

        Assert.Equal("controls_suspended_reversed", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The pause on gallium export controls was extended.")]
    [InlineData("The pause on gallium export controls was renewed for a year.")]
    [InlineData("The one-year pause on its gallium export ban was extended.")]
    public void A_pause_extended_as_subject_keeps_the_relief(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_suspended", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("The commerce ministry announced a further one-year suspension of the ban on gallium exports to the US.")]
    [InlineData("China imposed a suspension of its gallium export controls for US buyers.")]
    public void A_pause_announced_on_controls_is_relief_not_new_controls(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_suspended", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Beijing will extend the gallium export ban suspension.", "controls_suspended", "down")]
    [InlineData("China announced a gallium export ban suspension for US buyers.", "controls_suspended", "down")]
    [InlineData("Beijing ended the gallium export ban suspension.", "controls_suspended_reversed", "up")]
    [InlineData("The gallium export ban suspension expired.", "controls_suspended_reversed", "up")]
    public void A_ban_suspension_is_the_pause_on_the_ban(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void A_ban_a_lapsing_pause_is_on_is_no_second_event()
    {
        var result = Score("The one-year pause on its gallium export ban lapsed.");

        Assert.Single(result.Events);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China ended the suspension of gallium exports.", "shipments_resumed")]
    [InlineData("The suspension of gallium exports was lifted.", "shipments_resumed")]
    [InlineData("The freeze on gallium shipments was lifted.", "shipments_resumed")]
    [InlineData("The halt to gallium exports ended on Friday.", "shipments_resumed")]
    [InlineData("Authorities lifted the suspension of rare earth mining in Kachin.", "production_resumed")]
    [InlineData("The suspension of rare earth mining in Myanmar was lifted.", "production_resumed")]
    public void A_stop_that_is_lifted_is_a_resumption(string sentence, string type)
    {
        // Halts of trade and mining, unlike pauses of controls, are what hurt: their end is relief.
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("The suspension of gallium exports was extended.")]
    [InlineData("China halted gallium exports after the talks ended.")]
    public void A_stop_that_is_extended_or_new_stays_a_stop(string sentence)
    {
        Assert.Equal("up", Score(sentence).Overall);
    }

    [Theory]
    [InlineData("China extended the waiver on antimony exports to the US.")]
    [InlineData("Gallium exports to Japan were exempted from the new controls.")]
    [InlineData("China exempted gallium exports to Japan from the licence rule.")]
    [InlineData("China exempted gallium exports to Japan from its export controls.")]
    public void A_waiver_for_exports_is_easing(string sentence)
    {
        // The rule an exemption is from is not a new rule.
        var result = Score(sentence);

        Assert.Equal("controls_eased", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("The waiver on germanium shipments to the US lapsed.")]
    [InlineData("China scrapped the exemption that allowed gallium exports to the US.")]
    [InlineData("The exemption for gallium exports was revoked.")]
    [InlineData("China said it would not renew the waiver for germanium exports.")]
    [InlineData("China said on Tuesday that the exemption for Japanese buyers of rare earth magnets was withdrawn with immediate effect.")] // read as nothing: no exports named
    [InlineData("China revoked the waiver for Japanese buyers of rare earth magnets.")] // read as nothing
    [InlineData("China withdrew the exemption it had granted to Japanese buyers of rare earth magnets.")] // read as nothing
    [InlineData("The antimony exemption for Japanese buyers ended on Monday.")] // read as nothing
    [InlineData("The exemption for US buyers of gallium lapsed.")] // read as nothing
    [InlineData("China let the exemption for US buyers of gallium lapse.")] // the same
    [InlineData("The exemption for Japanese buyers of antimony will expire in March.")] // the same
    public void A_waiver_that_ends_brings_the_controls_back(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_eased_reversed", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The commerce ministry halted the approval process for dysprosium and terbium exports pending a review.", "licence_suspension", "up")] // read as controls suspended (down)
    [InlineData("China suspended the licensing process for gallium exports.", "licence_suspension", "up")] // read as controls suspended
    [InlineData("China suspended the licensing requirement for gallium exports.", "controls_suspended", "down")] // the requirement, not the process
    [InlineData("China streamlined the approval process for rare earth magnet exports.", "controls_eased", "down")]
    public void A_halted_approval_process_stops_licences(string sentence, string type, string overall)
        => AssertSingleEvent(sentence, type, overall);

    [Theory]
    [InlineData("Chinese exporters must now report every shipment of graphite to the commerce ministry.", "export_control", "up")] // read as nothing
    [InlineData("Beijing introduced a tracking system for rare earth exports, requiring exporters to report end users.", "export_control", "up")] // read as nothing
    [InlineData("China has begun requiring exporters of magnets to submit production data and customer lists.", "export_control", "up")] // read as nothing
    [InlineData("Chinese exporters have been told to prioritise domestic buyers of antimony.", "export_control", "up")] // read as nothing
    [InlineData("China's customs will begin inspecting all outbound rare earth shipments from next month.", "export_control", "up")] // read as nothing
    [InlineData("Since Monday, customs officers have been inspecting every rare earth shipment.", "export_control", "up")] // read as nothing
    [InlineData("Chinese exporters of antimony must now report the end use of every shipment.", "export_control", "up")] // read as nothing
    [InlineData("China scrapped the reporting requirement for gallium exports to Europe.", "controls_lifted", "down")] // read as nothing
    [InlineData("Beijing will require exporters of gallium to disclose their customers from January.", "export_control", "up")] // read as nothing
    [InlineData("Customs officers began opening every container of graphite bound for Korea.", "export_control", "up")] // read as nothing
    [InlineData("Customs officers will no longer open every container of graphite bound for Korea.", "export_control_reversed", "down")] // nothing
    public void A_duty_to_report_shipments_is_a_control(string sentence, string type, string overall)
        => AssertSingleEvent(sentence, type, overall);

    [Theory]
    [InlineData("Beijing scrapped the requirement for exporters to report the end use of graphite shipments.", "controls_lifted", "down")] // read as a new control (up)
    [InlineData("China dropped its obligation for gallium traders to report each shipment.", "controls_lifted", "down")] // the same
    [InlineData("China imposed a requirement for exporters to report each shipment of gallium.", "export_control", "up")]
    public void What_a_lifted_requirement_asked_for_is_lifted(string sentence, string type, string overall)
        => AssertSingleEvent(sentence, type, overall);

    [Fact]
    public void A_tracking_system_for_cargo_is_no_control()
    {
        Assert.Empty(Score("The port installed a new cargo tracking system for containers of rare earth ore.").Events);
    }

    [Fact]
    public void A_waiver_for_buyers_that_is_not_withdrawn_changes_nothing()
    {
        Assert.Empty(Score("China did not withdraw the exemption for Japanese buyers of antimony.").Events);
    }

    [Fact]
    public void A_waiver_granted_to_buyers_eases()
    {
        var result = Score("China granted an exemption to Japanese buyers of antimony.");

        Assert.Equal("controls_eased", Assert.Single(result.Events).Type); // was nothing
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China extended the exemption for Japanese buyers of gallium by a year.")] // read as nothing
    [InlineData("China extended by a year the exemption that lets its exporters ship small samples of gallium without a licence.")] // nothing
    [InlineData("Beijing renewed the waiver for Korean chipmakers importing germanium.")] // nothing
    public void A_waiver_extended_or_renewed_eases(string sentence)
    {
        // Relief that would have lapsed goes on: the same news as a waiver granted.
        var result = Score(sentence);

        Assert.Equal("controls_eased", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void A_waiver_that_is_not_renewed_is_not_eased()
    {
        Assert.DoesNotContain(Score("China did not renew the waiver for Korean chipmakers importing germanium.").Events, e => e.Direction == "down");
    }

    [Theory]
    [InlineData("China granted a waiver for graphite exports to South Korean battery makers.")] // also shipments approved
    [InlineData("China granted an exemption for gallium shipments to Japan.")] // also shipments approved
    public void A_waiver_granted_for_shipments_is_the_waiver_alone(string sentence)
    {
        Assert.Equal("controls_eased", Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("Exporters applied for an exemption for gallium shipments.")]
    [InlineData("Exporters are seeking waivers for gallium shipments.")]
    [InlineData("Carmakers asked Beijing for an exemption for magnet shipments.")]
    public void A_waiver_asked_for_is_not_given(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Fact]
    public void A_waiver_qualified_for_is_given()
    {
        Assert.Equal("down", Score("Gallium exports to Japan qualify for an exemption from the licence rule.").Overall);
    }

    [Theory]
    [InlineData("China extended the suspension of its export ban on gallium to the United States by another twelve months, a day before the pause was due to run out.")]
    [InlineData("China renewed the suspension of its gallium export ban ahead of its expiry, days before it would lapse.")]
    public void An_ending_after_before_is_the_deadline_not_the_event(string sentence)
    {
        // The clause after "before" is later than the event: the relief was extended before it
        // could run out, so it did not run out.
        var result = Score(sentence);

        Assert.Equal("controls_suspended", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("The commerce ministry confirmed that the 2024 ban on shipments of gallium to the United States applies again.")]
    [InlineData("The ban on gallium exports that China imposed in December 2024 is back in force.")]
    public void A_ban_that_returns_is_news_whatever_its_first_date(string sentence)
    {
        var e = Assert.Single(Score(sentence).Events);

        Assert.Equal("export_ban", e.Type);
        Assert.False(e.Background);
    }

    [Fact]
    public void A_ban_on_sales_that_applies_again_borrows_the_metals_named_before_it()
    {
        // "The three metals" names no material; a ban on sales is a supply-specific export ban,
        // so it takes them from the sentence before.
        var result = Score("China did not renew the pause on its ban on gallium, germanium and antimony exports to the United States. "
            + "The 2024 ban on sales of the three metals to US buyers applies again from Friday, exporters said.");

        var ban = Assert.Single(result.Events, e => e.Type == "export_ban");
        Assert.False(ban.Background);
        Assert.Contains("antimony", ban.Materials);
    }

    [Theory]
    [InlineData("Gallium prices rose again last month.")]
    [InlineData("The 2024 ban on gallium shipments to the United States remains in place.")]
    public void Again_does_not_renew_what_its_own_date_or_an_ongoing_cue_dates(string sentence)
    {
        Assert.True(Assert.Single(Score(sentence).Events).Background);
    }

    [Theory]
    [InlineData("Magnet exporters had their licences revoked.", "licence_suspension")]
    [InlineData("China revoked export licences for three gallium producers.", "licence_suspension")]
    [InlineData("Beijing withdrew the licences of two antimony exporters.", "licence_suspension")]
    [InlineData("China revoked the general licences for rare earth magnet exports to the US.", "controls_eased_reversed")]
    [InlineData("China scrapped the licence exemption for gallium exports.", "controls_eased_reversed")]
    [InlineData("China revoked a German magnet maker's general licence.", "controls_eased_reversed")]
    [InlineData("Defence firms were excluded from the general licences for rare earth magnets.", "controls_eased_reversed")] // read as the general licences (down)
    public void Permits_and_relief_revoked_tighten(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China revoked its ban on gallium exports to the US.")]
    [InlineData("The licensing requirement for graphite exports was withdrawn.")]
    [InlineData("China issued the first general licences for rare earth magnet exports to Europe.")]
    public void Controls_revoked_and_relief_granted_still_ease(string sentence)
    {
        Assert.Equal("down", Score(sentence).Overall);
    }

    [Theory]
    [InlineData("The stoppage at the antimony mine in Hunan ended on Tuesday.", "down")]
    [InlineData("A stoppage at the antimony mine in Hunan cut output.", "up")]
    public void A_stoppage_is_a_stop_and_its_end_a_restart(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Fact]
    public void Keeping_a_ban_suspended_suspends_the_ban_not_the_exports_it_covers()
    {
        var result = Score("China will keep its ban on gallium, germanium and antimony exports to the United States suspended for another twelve months.");

        var e = Assert.Single(result.Events);
        Assert.Equal("controls_suspended", e.Type);
        Assert.Equal("down", Sector(result, "semiconductor").Direction);
    }

    [Fact]
    public void A_pause_left_to_run_out_gives_the_risk_back()
    {
        var result = NewsScorer.Default.Score(new NewsText("Gallium curbs on US buyers return as Beijing lets one-year pause run out", "", Published));

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The suspension of the gallium export ban will end on Friday.")]
    [InlineData("The commerce ministry said it had no plans to extend the suspension of its gallium ban.")]
    [InlineData("Beijing said the suspension of its gallium export ban would end as scheduled.")]
    [InlineData("Beijing ruled out extending the suspension of its antimony ban.")] // read as nothing
    [InlineData("Beijing ruled out an extension of the suspension of its antimony ban.")] // the same
    [InlineData("Beijing decided against extending the suspension of its antimony ban.")] // read as the suspension extended (down)
    [InlineData("China chose not to renew the pause on its gallium ban.")]
    public void Relief_that_will_end_or_will_not_be_extended_gives_the_risk_back(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_suspended_reversed", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Beijing announced an extension of the pause on its gallium ban.")] // read as a new ban (up)
    [InlineData("Beijing announced a one-year extension of the suspension of its gallium ban.")] // the same
    public void An_extension_of_the_pause_named_as_a_noun_keeps_the_relief(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_suspended", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("The end of the truce on rare earths has not yet hit shipments, traders said.", "truce_reversed")] // read as a truce (down)
    [InlineData("The expiry of the general licence for magnet exports hurt carmakers.", "controls_eased_reversed")] // read as a general licence (down)
    [InlineData("The end of the gallium truce hit chipmakers.", "truce_reversed")] // read as a truce (down): a material between
    [InlineData("The end of the one-year US-China gallium truce hit chipmakers.", "truce_reversed")] // the same
    [InlineData("The expiry of the export licence waiver for neodymium magnets hit carmakers.", "controls_eased_reversed")] // a waiver (down)
    [InlineData("The expiry of the waiver for neodymium magnets hit carmakers.", "controls_eased_reversed")] // read as nothing
    [InlineData("The end of the exemption for Japanese buyers of antimony was announced on Friday.", "controls_eased_reversed")] // nothing
    [InlineData("The gallium truce's expiry leaves US buyers exposed.", "truce_reversed")] // read as a truce (down)
    [InlineData("The pause on China's germanium ban ran its course on Friday.", "controls_suspended_reversed")] // read as the pause (down)
    public void Relief_named_after_the_end_of_it_is_relief_that_ends(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void The_end_of_talks_about_relief_does_not_end_the_relief()
    {
        var result = Score("The end of talks on the gallium truce came on Friday.");

        Assert.DoesNotContain(result.Events, e => e.Type == "truce_reversed");
    }

    [Theory]
    [InlineData("The gallium truce ends on Friday.")]
    [InlineData("The pause on China's gallium ban ends, officials said.")]
    [InlineData("The truce on rare earths ends as talks stall.")] // read as a truce (down)
    public void Relief_that_ends_gives_the_risk_back(string sentence)
    {
        var result = Score(sentence);

        Assert.EndsWith("_reversed", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The truce ended the standoff over gallium exports.")] // read as the truce ending (up)
    [InlineData("The gallium truce ends months of uncertainty for chipmakers.")] // the same
    public void Relief_that_ends_something_else_is_relief(string sentence) => AssertSingleEvent(sentence, "truce", "down");

    [Fact]
    public void The_end_of_a_year_ends_nothing()
    {
        Assert.Equal("export_rise", Assert.Single(Score("By the end of the year, gallium exports rose.").Events).Type);
    }

    private static SectorScore Sector(ScoreResult result, string sector) => result.Sectors.Single(s => s.Sector == sector);
}
