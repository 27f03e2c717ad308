namespace SupplyRisk.Scoring.Engine.Tests;

public sealed class CueTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 20, 8, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Fact]
    public void Hedged_threat_counts_less_than_the_same_fact()
    {
        var fact = Score("China banned exports of gallium to the United States on Friday.");
        var threat = Score("China could ban exports of gallium to the United States, analysts said.");

        var factEvent = Assert.Single(fact.Events);
        var threatEvent = Assert.Single(threat.Events);
        Assert.Equal("up", factEvent.Direction);
        Assert.Equal("up", threatEvent.Direction);
        Assert.True(threatEvent.Confidence < factEvent.Confidence);
        Assert.True(Sector(threat, "semiconductor").Contribution < Sector(fact, "semiconductor").Contribution);
    }

    [Theory]
    [InlineData("China said it would lift the ban on gallium exports.")] // hedged by "would"
    [InlineData("China said on Thursday it would keep its suspension of the ban on gallium exports until November 2027.")]
    [InlineData("Officials told reporters they would resume approving magnet export licences next week.")]
    [InlineData("The commerce minister said on Monday he would lift the ban on gallium exports.")]
    [InlineData("China's commerce ministry announced on Thursday that gallium export controls would be tightened.")] // hedged by "would"
    [InlineData("The ministry confirmed that the pause on gallium controls would be extended for a year.")] // hedged
    [InlineData("China said licence applications for civilian uses of rare earths would be approved.")] // hedged: the authority itself said it
    [InlineData("The commerce ministry said the suspension of the gallium ban would not be renewed.")] // hedged
    [InlineData("The commerce ministry said holmium, erbium, thulium, europium and ytterbium would need export licences from November 8.")] // hedged: the list's commas read as clause breaks
    [InlineData("The ministry announced that gallium, germanium, and antimony would be added to the export control list.")] // hedged
    public void Will_told_in_reported_speech_is_no_hedge(string sentence)
    {
        // The same announcement in the present tense ("China will lift the ban") counts in full.
        Assert.Equal(0.9, Assert.Single(Score(sentence).Events).Confidence, 3);
    }

    [Theory]
    [InlineData("Analysts said China would lift the ban on gallium exports.")] // a forecast: "China" is not the sayer
    [InlineData("China said it would consider lifting the ban on gallium exports.")] // "consider" hedges
    [InlineData("China said, according to state media, that it would lift the gallium ban.")]
    [InlineData("Analysts said that gallium export controls would be tightened.")] // "said that" without the sayer's pronoun: a forecast
    [InlineData("Traders said licence applications for rare earths would be approved.")] // traders are no authority
    [InlineData("Chipmakers in Taiwan have built up gallium stocks, fearing further Chinese curbs.")] // read as new curbs at full confidence
    [InlineData("Carmakers are hoarding magnets for fear of new export controls.")] // the same
    [InlineData("Analysts said gallium, germanium and antimony would be added to the export control list.")] // a list after analysts' "said"
    [InlineData("China said, after weeks of talks with Washington, gallium licences would be approved.")] // a clause between commas
    [InlineData("Beijing is preparing new curbs on lithium battery technology exports.")] // told as a fact
    [InlineData("China is drafting rules to restrict exports of graphite anode technology.")] // a fact
    [InlineData("The rare earth ETF rose 3% as traders priced in new export controls.")] // a fact
    [InlineData("A spokesperson for Nyrstar, which produces germanium in Tennessee, said the company was looking to increase output.")] // a fact
    [InlineData("Lynas is looking to build a heavy rare earth plant in Texas.")] // a fact
    [InlineData("Scientists found a way to recycle gallium from old LEDs.")] // a fact: recycling at full confidence
    [InlineData("Researchers developed a method to recycle dysprosium from scrap magnets.")] // a fact
    [InlineData("A university team recycled germanium from old lenses in the lab.")] // a fact
    public void A_forecast_or_a_plan_reported_stays_hedged(string sentence)
    {
        Assert.True(Assert.Single(Score(sentence).Events).Confidence < 0.9);
    }

    [Theory]
    [InlineData("The law lets Beijing ban exports of gallium.", "export_ban")] // read as a ban at full confidence
    [InlineData("China's new export control law allows it to ban gallium exports to any country.", "export_ban")] // the same
    [InlineData("The amendment enables authorities to ban exports of graphite.", "export_ban")]
    [InlineData("The rules give the commerce ministry the power to halt rare earth shipments.", "export_suspension")]
    [InlineData("China reserved the right to suspend gallium exports.", "export_suspension")]
    public void A_power_to_act_is_not_the_act(string sentence, string type)
    {
        // The authority may use the power; it has not yet.
        var result = Score(sentence);

        Assert.True(Assert.Single(result.Events, e => e.Type == type).Confidence < 0.9);
    }

    [Theory]
    [InlineData("China's new export control law allows it to ban gallium exports to any country.", "export_control")] // the law itself is news
    [InlineData("The new rules allow exporters to resume gallium shipments without a licence.", "shipments_resumed")] // a permission given is the news
    [InlineData("Beijing let firms resume antimony exports to Europe.", "shipments_resumed")]
    // The suspension is a noun here, not a power to suspend: letting it end is the act.
    [InlineData("China let the suspension of its ban on gallium exports to the US expire on Friday.", "controls_suspended_reversed")] // 0.405, as a power
    [InlineData("Beijing has let the pause on its germanium export ban lapse.", "controls_suspended_reversed")] // 0.405, as a power
    public void A_permission_given_to_others_or_the_law_that_gives_a_power_is_news(string sentence, string type)
    {
        Assert.Equal(0.9, Assert.Single(Score(sentence).Events, e => e.Type == type).Confidence, 3);
    }

    [Theory]
    [InlineData("Carmakers have begun stockpiling magnets ahead of expected new controls.")] // was new controls at full confidence
    [InlineData("Carmakers stockpiled magnets ahead of the expected ban on exports.")] // was a ban at full confidence
    [InlineData("Traders are hoarding dysprosium ahead of expected Chinese restrictions.")] // was controls at full confidence
    [InlineData("The Netherlands asked China to speed up magnet export licences for Dutch firms.")] // was licences granted at full confidence
    [InlineData("Berlin asks Beijing to lift its curbs on gallium exports")] // was the curbs lifted at full confidence
    [InlineData("Japan called on China to resume rare earth exports.")] // was shipments resumed at full confidence
    public void A_control_that_is_only_expected_is_not_told_as_a_fact(string sentence)
    {
        Assert.All(Score(sentence).Events, e => Assert.True(e.Confidence < 0.5));
    }

    [Theory]
    [InlineData("Beijing rejected calls to lift its antimony ban.")] // read as the ban lifted (down)
    [InlineData("China rebuffed demands to scrap its export controls on rare earths.")]
    public void Calls_rejected_are_no_relief(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Direction == "down");
    }

    [Theory]
    [InlineData("China asked its rare earth firms to stop signing new export contracts.")]
    [InlineData("China's commerce ministry asked exporters to halt gallium shipments to the US.")]
    [InlineData("China's commerce ministry called on exporters to halt gallium shipments to the US.")]
    public void What_Beijing_asks_its_own_firms_to_do_is_an_instruction(string sentence)
    {
        Assert.Contains(Score(sentence).Events, e => e.Direction == "up" && e.Confidence > 0.8);
    }

    [Theory]
    [InlineData("Beijing's decision to suspend the ban was welcomed by US chipmakers, who had faced gallium shortages.")] // the shortage was news (up)
    [InlineData("Chipmakers who had faced gallium shortages welcomed the suspension of the ban.")] // the shortage was news (up)
    public void A_shortage_buyers_had_faced_is_background_and_the_relief_is_news(string sentence)
    {
        var result = Score(sentence);

        Assert.True(Assert.Single(result.Events, e => e.Type == "shortage").Background);
        Assert.False(Assert.Single(result.Events, e => e.Type == "controls_suspended").Background);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void A_figure_more_than_expected_is_still_a_fact()
    {
        Assert.Equal(0.9, Assert.Single(Score("Gallium exports fell more than expected in October.").Events).Confidence, 3);
    }

    [Theory]
    [InlineData("The ministry announced that it will suspend the rare earth export controls.", "controls_suspended")] // read as new controls (up)
    [InlineData("The commerce ministry announced that it would suspend the rare earth export controls for a year.", "controls_suspended")] // new controls
    [InlineData("China announced plans to lift the ban on gallium exports.", "controls_lifted")] // read as a ban
    [InlineData("China will require exporters of rare earth magnets to obtain a separate licence for each buyer.", "licence_requirement")]
    [InlineData("The ministry is slow to approve licences for gallium exports.", "licence_delay")]
    [InlineData("China will stop issuing licences for gallium exports.", "licence_suspension")]
    public void A_verb_of_its_own_clause_takes_the_noun_from_the_verb_that_reports_it(string sentence, string type)
    {
        Assert.Equal(type, Assert.Single(Score(sentence).Events).Type);
    }

    [Fact]
    public void Accusation_lowers_confidence()
    {
        var plain = Score("China has delayed licences for rare earth magnet exports.");
        var accused = Score("Washington accused China of delaying licences for rare earth magnet exports.");

        Assert.True(Assert.Single(accused.Events).Confidence < Assert.Single(plain.Events).Confidence);
    }

    [Fact]
    public void Negation_cancels_the_event()
    {
        var result = Score("Beijing did not lift its export controls on rare earths this week.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.NotEqual("down", result.Overall);
    }

    [Theory]
    [InlineData("Shipments of terbium to Japan have been running at half their usual pace since the summer.", "export_drop")] // read as nothing
    [InlineData("European gallium stocks have shrunk to about two months of demand.", "shortage")] // nothing
    public void Goods_moving_at_half_pace_and_stocks_that_shrink_tighten(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The Myanmar mines that supply half of China's heavy rare earths were closed for a third month.")] // read as exports suspended: "supply" taken for a noun
    [InlineData("Smelters which supply most of Europe's gallium halted production.")]
    public void Supply_after_that_or_which_is_a_verb(string sentence)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Type == "export_suspension");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China has stopped short of banning rare earth exports outright.")] // read as a ban and a shortage
    [InlineData("Beijing stopped short of a full ban on gallium exports.")] // read as a ban
    public void What_China_stopped_short_of_did_not_happen(string sentence)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Type is "export_ban" or "shortage" or "export_suspension");
    }

    [Fact]
    public void A_rumoured_ban_is_only_possible()
    {
        var result = Score("Rumours of a new ban on tungsten exports sent prices up 8% in a day."); // the ban read at full confidence

        Assert.True(Assert.Single(result.Events, e => e.Type == "export_ban").Confidence < 0.9);
    }

    [Fact]
    public void No_sign_of_resumed_shipments_is_not_easing()
    {
        var result = Score("Traders saw no sign of resumed shipments of antimony from China.");

        Assert.DoesNotContain(result.Events, e => e.Type == "shipments_resumed");
        Assert.Equal("none", Sector(result, "defence").Direction);
    }

    [Fact]
    public void No_longer_flips_a_restriction_into_easing()
    {
        var result = Score("Exporters of graphite no longer need a licence for shipments to South Korea.");

        var ev = Assert.Single(result.Events);
        Assert.Equal("down", ev.Direction);
        Assert.Equal("down", Sector(result, "ev").Direction);
    }

    [Fact]
    public void Event_recalled_from_months_before_publication_is_background()
    {
        var result = Score("China's decision in February to restrict tungsten exports still weighs on buyers.");

        var ev = Assert.Single(result.Events);
        Assert.True(ev.Background);
        Assert.Equal("none", result.Overall);
    }

    [Fact]
    public void Last_months_trade_figures_are_news_late_in_the_next_month()
    {
        // Customs publish a month's figures about three weeks after it ends: on 27 November,
        // October's exports are the news, while a control imposed in October is not.
        var published = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        var figures = NewsScorer.Default.Score(new NewsText("", "China exported no germanium in October, customs data showed on Sunday.", published));
        var control = NewsScorer.Default.Score(new NewsText("", "China restricted exports of germanium in October.", published));
        var older = NewsScorer.Default.Score(new NewsText("", "China exported no germanium in September, customs data showed.", published));

        Assert.False(Assert.Single(figures.Events).Background); // was background
        Assert.Equal("up", figures.Overall);
        Assert.True(Assert.Single(control.Events).Background);
        Assert.True(Assert.Single(older.Events).Background);
    }

    [Theory]
    [InlineData("Gallium exports fell last month.", false)] // was background
    [InlineData("China exported no gallium to the US last month.", false)] // was background
    [InlineData("China banned gallium exports last month.", true)] // an act of last month, not its figures
    [InlineData("Magnet licence approvals picked up pace in October.", false)] // was background: a count of licences is a figure too
    [InlineData("Licence approvals for gallium fell in October.", false)] // was background
    [InlineData("China approved more licences for gallium in October.", true)] // what China did a month ago
    [InlineData("China's gallium output fell 20% in October.", false)] // was background: output statistics come late too
    [InlineData("Rare earth production in China rose 8% in October.", false)] // was background
    [InlineData("Gallium smelters cut production in October.", true)] // what the smelters did a month ago
    [InlineData("Operations at the gallium mine were halted in October.", true)] // an act told in the passive, no figure
    public void Figures_of_last_month_are_news_whether_the_month_is_named_or_not(string sentence, bool background)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal(background, Assert.Single(result.Events).Background);
    }

    [Theory]
    [InlineData("Chinese gallium exports hit 18-month high in October", "export_rise", "down")] // read as a stop (up)
    [InlineData("Chinese rare earth output hit a record high this year.", "production_rise", "down")]
    [InlineData("Antimony shipments hit their lowest level in a decade.", "export_drop", "up")] // was a stop of the shipments
    [InlineData("Chinese rare earth exports to Japan hit a three-year low in October.", "export_drop", "up")] // a stop
    [InlineData("Magnet exports hit a record low in October.", "export_drop", "up")] // a record: a rise (down)
    public void Exports_that_hit_a_high_rose_and_a_low_fell(string sentence, string type, string overall)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("Magnet exports rose to their highest level since March.", "export_rise")] // was background: read as rising since March
    [InlineData("Gallium exports fell to their lowest monthly total since 2023.", "export_drop")] // was background
    [InlineData("China's exports of rare earth magnets rebounded in October to their highest level since March.", "shipments_resumed")] // read as nothing
    [InlineData("Magnet exports recovered to their highest level.", "shipments_resumed")] // read as nothing: "highest" taken for the exports' verb
    [InlineData("Japanese firms received their first magnet export licences since April.", "export_licence_granted")] // was background: read as granted since April
    public void A_superlative_names_what_a_figure_is_compared_with(string sentence, string type)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        var ev = Assert.Single(result.Events);
        Assert.Equal(type, ev.Type);
        Assert.False(ev.Background);
    }

    [Theory]
    [InlineData("A German magnet maker said orders had doubled since China imposed its controls.")] // was new controls
    [InlineData("Graphite buyers have paid more since Beijing tightened its export licensing.")] // was new controls
    public void A_clause_after_since_tells_the_past(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.True(Assert.Single(result.Events).Background);
    }

    [Fact]
    public void The_main_clause_after_a_clause_of_since_is_news()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "Since the controls were eased, gallium prices have fallen by a third.",
            new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.Contains(result.Events, e => e.Type == "price_drop" && !e.Background);
    }

    [Theory]
    [InlineData("The controls on graphite, which were tightened in October, will be reviewed next year.")] // read as news: October taken as next October
    [InlineData("The controls on graphite, which had been tightened in October, will be reviewed.")]
    public void A_month_of_a_past_verb_in_a_future_sentence_is_past(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.True(Assert.Single(result.Events, e => e.Type == "export_control").Background);
    }

    [Fact]
    public void A_month_of_a_future_verb_is_ahead()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "China will tighten the controls on graphite in March.", new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.False(Assert.Single(result.Events, e => e.Type == "export_control").Background);
    }

    [Theory]
    [InlineData("Gallium has been under licence requirements since 2023 and prices rose again on the news.")] // read as the past of the requirement
    [InlineData("Antimony exports have been restricted since September and prices in Rotterdam jumped this week.")] // the same
    public void A_clause_after_since_and_a_date_is_its_own(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.Contains(result.Events, e => e.Type == "price_spike" && !e.Background);
    }

    [Theory]
    [InlineData("China has since halted gallium exports to the US.")]
    [InlineData("Exports of antimony have since been halted.")]
    public void Since_as_an_adverb_leaves_the_event_news(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.False(Assert.Single(result.Events).Background);
    }

    [Fact]
    public void A_date_right_after_since_still_says_when_a_state_began()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "Gallium exports have been banned since March.", new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.True(Assert.Single(result.Events).Background);
    }

    [Theory]
    [InlineData("China grants first gallium licences to US buyers since 2024 ban", "export_licence_granted")] // the grant read as of 2024, background
    [InlineData("China Grants Gallium Licences to US Buyers Since 2024 Ban", "export_licence_granted")] // the same
    [InlineData("Gallium Exports to the US Fall Further Since 2023 Curbs", "export_drop")] // the drop read as of 2023, background
    public void A_date_after_since_that_names_the_control_after_it_dates_the_control_not_the_headline(string title, string type)
    {
        var result = NewsScorer.Default.Score(new NewsText(title, "", new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.False(Assert.Single(result.Events, e => e.Type == type).Background);
        Assert.True(Assert.Single(result.Events, e => e.Type != type).Background);
    }

    [Theory]
    [InlineData("Gallium exports recovered to pre-ban levels in October.", false)] // was background
    [InlineData("Shipments of rare earth magnets to Europe returned to pre-control levels in October.", false)] // read as controls returning (up)
    [InlineData("China resumed gallium exports in October.", true)] // what China did a month ago
    public void Exports_that_recovered_last_month_are_figures_and_news(string sentence, bool background)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        var resumed = Assert.Single(result.Events);
        Assert.Equal("shipments_resumed", resumed.Type);
        Assert.Equal(background, resumed.Background);
    }

    [Theory]
    [InlineData("Beijing said it would keep the suspension of its October export controls on rare earths in place.", "controls_suspended", false)] // was background
    [InlineData("China lifted its April curbs on dysprosium exports.", "controls_lifted", false)] // was background
    [InlineData("China imposed its April curbs on dysprosium exports.", "export_control", true)] // the curbs are the event
    [InlineData("China lifted the 2023 ban on gallium exports.", "controls_lifted", false)] // was background
    [InlineData("Beijing banned the export of technologies used to separate rare earths, expanding a 2023 ban.", "export_ban", false)] // was background
    [InlineData("China's 2023 ban on gallium exports hurt chipmakers.", "export_ban", true)] // the ban is the event
    [InlineData("The April gallium controls were tightened.", "export_control", false)] // was background
    [InlineData("China extended its 2023 curbs on graphite to anode technology.", "export_control", false)] // was background
    public void A_month_or_year_that_names_which_control_dates_the_control_not_what_acts_on_it(string sentence, string type, bool background)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        var ev = Assert.Single(result.Events);
        Assert.Equal(type, ev.Type);
        Assert.Equal(background, ev.Background);
    }

    [Fact]
    public void A_month_that_names_the_control_opening_the_body_names_it_too()
    {
        // The body's first word follows the title's line break, not a blank.
        var result = NewsScorer.Default.Score(new NewsText("Beijing adds to gallium curbs", "The April gallium controls were tightened.",
            new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero))); // was background

        Assert.All(result.Events, e => Assert.False(e.Background));
        Assert.Contains(result.Events, e => e.Type == "export_control" && e.Evidence.Text.StartsWith("The April", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("China lifted the gallium ban imposed in 2023.", "controls_lifted", false)] // was the ban, as background
    [InlineData("China lifts gallium ban imposed in 2023 as truce talks stall", "controls_lifted", false)] // a headline without articles
    [InlineData("China Lifts Gallium Ban Imposed In 2023", "controls_lifted", false)] // in title case
    [InlineData("China has scrapped the additional rare earth export restrictions announced in October for American companies.", "controls_lifted", false)] // was controls, as background
    [InlineData("Pakistan sent its first shipment of rare earth concentrates to a US company under a minerals deal signed in September.", "new_capacity", false)] // was background
    [InlineData("China extended the gallium ban imposed in 2023 until the end of 2027.", "export_ban", false)] // was background: a tightening acts on that noun too
    [InlineData("Beijing widened the antimony controls introduced in 2024 to cover refined metal.", "export_control", false)] // was background
    [InlineData("China lifted the gallium ban imposed last year.", "controls_lifted", false)] // "last year" dates the ban as 2023 does
    [InlineData("China extended the gallium ban imposed last year until the end of 2027.", "export_ban", false)] // was background
    [InlineData("Gallium exports were halted in March.", "export_suspension", true)] // the event's own verb
    [InlineData("China tightened the gallium controls in March.", "export_control", true)] // no participle: March dates the tightening
    public void A_time_after_a_participle_that_describes_a_noun_dates_that_noun(string sentence, string type, bool background)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        var ev = Assert.Single(result.Events, e => e.Type == type);
        Assert.Equal(background, ev.Background);
        Assert.DoesNotContain(result.Events, e => e.Direction != ev.Direction && !e.Background);
    }

    [Fact]
    public void A_move_told_in_case_something_happens_is_no_event()
    {
        var result = NewsScorer.Default.Score(new NewsText("",
            "South Korean chipmakers are building germanium inventories in case China tightens export rules again.", Published));

        Assert.Empty(result.Events); // was a new control (up)
    }

    [Theory]
    [InlineData("Some magnet production lines may stop in December.", false)] // was last December: background
    [InlineData("Some magnet production lines may still stop in December, carmakers warned.", false)] // "still": read as a stop that goes on
    [InlineData("Analysts said gallium exports could fall in December.", false)] // was background
    [InlineData("Gallium exports fell in December.", true)] // said plainly in November: last December
    [InlineData("Some magnet production lines may have stopped last December.", true)]
    public void A_later_month_in_a_sentence_about_what_may_happen_is_the_coming_one(string sentence, bool background)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal(background, Assert.Single(result.Events).Background);
    }

    [Fact]
    public void Background_counts_far_less_than_the_same_event_reported_as_new()
    {
        var recalled = Score("Last year China restricted exports of germanium to the United States.");
        var fresh = Score("On Friday China restricted exports of germanium to the United States.");

        Assert.True(Assert.Single(recalled.Events).Background);
        Assert.False(Assert.Single(fresh.Events).Background);
        Assert.True(Sector(recalled, "defence").Contribution * 4 < Sector(fresh, "defence").Contribution);
    }

    [Theory]
    [InlineData("Gallium exports fell 30% compared with last year.")]
    [InlineData("Gallium exports fell 30% from the same period last year.")]
    [InlineData("Germanium shipments were lower than last year.")]
    [InlineData("Licences for gallium took longer than last year.")]
    [InlineData("Licence approvals for rare earth magnets are taking twice as long as last year.")]
    public void A_time_after_a_comparison_dates_the_baseline_not_the_event(string sentence)
    {
        var result = Score(sentence);

        Assert.NotEmpty(result.Events);
        Assert.All(result.Events, e => Assert.False(e.Background));
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Gallium shipments resumed, though volumes remain far below last year.")] // read as background
    [InlineData("Gallium exports rose 20% over last year.")] // read as background
    public void A_time_after_below_or_over_dates_the_baseline_too(string sentence)
    {
        var result = Score(sentence);

        Assert.False(Assert.Single(result.Events).Background);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void A_time_after_a_multiple_of_a_level_dates_the_baseline()
    {
        var result = Score("Prices for antimony ingots in Rotterdam have climbed to $60,000 a tonne, more than four times their level a year ago."); // read as background

        Assert.False(Assert.Single(result.Events).Background);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void A_count_of_rises_is_no_multiple_and_keeps_its_date()
    {
        var result = Score("Antimony prices rose four times in 2023.");

        Assert.True(Assert.Single(result.Events).Background);
    }

    [Fact]
    public void The_same_time_without_a_comparison_still_dates_the_event()
    {
        var result = Score("Gallium exports fell 30% last year.");

        Assert.True(Assert.Single(result.Events).Background);
        Assert.Equal("none", result.Overall);
    }

    [Theory]
    [InlineData("The backlog of gallium licence applications grew in October.")] // read as licences granted (down) as well
    [InlineData("Delays to gallium licence approvals grew in October.")] // licences granted as well
    public void A_backlog_or_delay_of_licence_applications_that_grows_grants_none(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "licence_delay");
        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
    }

    [Theory]
    [InlineData("Applications for magnet export licences have doubled.")] // read as licences granted (down)
    [InlineData("Requests for gallium export licences fell in October.")] // read as licences cut (up)
    public void Applications_for_licences_that_rise_or_fall_grant_or_cut_none(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("Licence fees for gallium exports have risen.")] // read as exports that rose (down)
    [InlineData("Freight rates for gallium shipments rose.")] // the same
    [InlineData("Insurance costs for antimony cargoes jumped.")] // the same
    [InlineData("Demand for gallium exports rose.")] // the same, hedged
    public void What_is_for_the_exports_rising_is_no_rise_of_exports(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "export_rise");
    }

    [Theory]
    [InlineData("China's share of global gallium output fell below 90% for the first time.")] // read as a production cut (up)
    [InlineData("China's share of world rare earth exports rose to 95%.")] // read as exports that rose (down)
    public void A_share_that_rises_or_falls_is_no_change_of_output_or_exports(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("Exports of gallium rose.")]
    [InlineData("Gallium shipments to Japan rose in October.")]
    public void Exports_that_rise_are_still_a_rise(string sentence)
    {
        Assert.Equal("export_rise", Assert.Single(Score(sentence).Events).Type);
    }

    [Fact]
    public void Applications_for_licences_that_are_suspended_still_stop_licences()
    {
        Assert.Equal("licence_suspension", Assert.Single(Score("Applications for gallium export licences were suspended on Monday.").Events).Type);
    }

    [Theory]
    [InlineData("Licence approvals for rare earth exports have risen steadily.")] // read as nothing
    [InlineData("Licence approvals for magnet exports rose.")]
    public void Approvals_that_rise_are_grants_past_the_exports_they_cover(string sentence)
    {
        Assert.Equal("export_licence_granted", Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("The licensing regime has caused delays of up to three months for gallium shipments.")] // read as controls postponed (down)
    [InlineData("The new rules led to delays for antimony exports to Europe.")]
    [InlineData("Gallium shipments faced delays at customs.")] // "faced": the shipments are what is delayed
    [InlineData("Shipments of germanium to the US have been held at Chinese ports since Monday.")] // read as nothing
    [InlineData("Exporters face longer checks on germanium cargoes.")] // read as nothing
    [InlineData("Antimony shipments now go through lengthier customs inspections.")] // read as nothing
    public void Delays_that_controls_cause_are_delays_not_postponed_controls(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "export_delay");
        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Gallium export licences now take longer to approve.", "licence_delay")]
    [InlineData("Export permits for graphite take three times as long as before.", "licence_delay")]
    [InlineData("Licences for germanium took longer than usual this week.", "licence_delay")]
    [InlineData("Shipments of antimony are taking longer to clear customs.", "export_delay")]
    [InlineData("Licences for gallium shipments now take longer to approve.", "licence_delay")] // the licences, not the shipments
    [InlineData("China's gallium exporters waited for permits.", "licence_delay")] // read as nothing
    [InlineData("Graphite exporters are awaiting approval for shipments to Europe.", "licence_delay")] // read as nothing
    public void Approvals_that_take_longer_are_delays_not_grants(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == type);
        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("European buyers said they were still struggling to secure dysprosium.")] // read as nothing
    [InlineData("Smelters in Europe struggled to find antimony ore.")] // nothing
    [InlineData("The magnet supply situation remains tight despite more licences.")] // nothing
    [InlineData("European buyers say germanium supply has tightened again.")] // read as nothing
    [InlineData("Traders said the dysprosium market was still tight.")] // read as nothing
    [InlineData("The antimony market remains tight.")] // read as nothing
    [InlineData("Dysprosium supplies have tightened since the summer.")] // read as nothing
    [InlineData("A lack of germanium is holding up production of night-vision goggles.")] // read as nothing
    [InlineData("Buyers in Europe complain of a dearth of Chinese gallium.")] // read as nothing
    [InlineData("A germanium squeeze has hit chipmakers in Europe.")] // read as nothing
    [InlineData("The rare earth crunch deepened this week.")] // read as nothing
    [InlineData("Motor makers in Japan warned of a dysprosium squeeze.")] // read as nothing
    [InlineData("A squeeze on dysprosium has hit motor makers.")] // read as nothing
    public void Buyers_who_cannot_secure_a_material_are_short_of_it(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("shortage", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Magnet makers face a margin squeeze as costs rise.")]
    [InlineData("Rare earth miners said a credit crunch had hit their plans.")]
    [InlineData("Gallium producers squeezed costs out of their refineries.")]
    public void A_squeeze_on_anything_but_a_material_is_no_shortage(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "shortage");
    }

    [Theory]
    [InlineData("China asked its rare earth firms to stop signing new export contracts.", "export_suspension", "up")] // read as nothing
    [InlineData("Export orders for Chinese graphite fell sharply in May.", "export_drop", "up")] // nothing
    [InlineData("Magnet makers said export orders had recovered.", "shipments_resumed", "down")] // nothing
    public void Export_orders_and_contracts_are_trade(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("Police closed dozens of illegal rare earth mines in Guangxi.")] // 'Police' read as a verb: controls on the mines
    [InlineData("Environmental inspectors shut graphite mines in Heilongjiang for a month.")]
    public void Mines_that_the_authorities_close_stop(string sentence)
    {
        Assert.Equal("mine_stoppage", Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("The supplier failed to deliver the promised shipments of antimony.")]
    [InlineData("Chinese smelters were unable to deliver germanium to European buyers.")]
    [InlineData("Chinese authorities detained three executives for smuggling gallium to the US.")]
    [InlineData("Police broke up a germanium smuggling ring in Guangxi.")]
    [InlineData("Customs in Guangxi reported seizures of smuggled gallium bound for Vietnam.")] // read as nothing
    [InlineData("Customs officers seized smuggled antimony at the border with Myanmar.")] // read as nothing
    [InlineData("Chinese authorities launched a crackdown on rare earth smuggling.")] // read as nothing: the material between
    [InlineData("China cracked down on gallium smuggling through Southeast Asia.")] // read as nothing
    [InlineData("Chinese customs seized 20 tonnes of smuggled antimony bound for Thailand.")] // read as nothing
    [InlineData("Beijing opened an investigation into smuggling of gallium through third countries.")] // read as nothing
    public void Failed_deliveries_and_smuggling_cases_are_supply_disruptions(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "supply_disruption");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Beijing ordered state firms to stop selling antimony to US buyers.", "export_suspension", "up")] // read as nothing
    [InlineData("Chinese refiners halted selling gallium abroad.", "export_suspension", "up")] // read as nothing
    [InlineData("China resumed selling rare earth magnets to European carmakers.", "shipments_resumed", "down")] // read as nothing
    public void Selling_abroad_is_trade(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void Selling_with_no_verb_of_stopping_or_resuming_is_no_event()
    {
        Assert.Empty(Score("Traders kept selling gallium at a discount as demand faded.").Events);
    }

    [Fact]
    public void Buyers_racing_to_secure_supply_is_a_shortage_not_an_approval()
    {
        var result = Score("Rare earth prices outside China hit a record as buyers raced to secure supply."); // shipments approved (down)

        Assert.Contains(result.Events, e => e.Type == "shortage");
        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
    }

    [Theory]
    [InlineData("Production at Chinese gallium smelters fell after a power shortage.")] // and a gallium shortage
    [InlineData("Germanium refiners in Yunnan cited a labour shortage.")]
    public void A_shortage_of_power_or_labour_is_no_shortage_of_the_material(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "shortage");
    }

    [Fact]
    public void A_crackdown_on_corruption_disrupts_no_supply()
    {
        Assert.Empty(Score("Beijing's crackdown on corruption at state rare earth firms widened.").Events);
    }

    [Fact]
    public void A_truce_that_lasts_only_until_a_date_is_no_shortage()
    {
        Assert.DoesNotContain(Score("The truce will last only until next November, leaving magnet buyers exposed.").Events, e => e.Type == "shortage");
    }

    [Fact]
    public void Smuggled_goods_that_reach_buyers_disrupt_no_supply()
    {
        Assert.Empty(Score("Officials warned of smuggled gallium reaching US buyers via Mexico, but said exports were otherwise normal.").Events);
    }

    [Theory]
    [InlineData("Customs seized 20 tonnes of antimony smuggled through a third country.")] // read as nothing
    [InlineData("Police seized 5 tonnes of gallium that smugglers had tried to move through Vietnam.")] // read as nothing
    [InlineData("Authorities confiscated 3 tonnes of antimony being smuggled to Thailand.")] // read as nothing
    [InlineData("Smuggled antimony worth 2 million dollars was seized at the border with Vietnam.")] // read as nothing
    public void Seizing_smuggled_goods_disrupts_supply_whatever_the_order_of_the_words(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("supply_disruption", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Gallium smuggled through Vietnam reached US buyers, officials said.")] // nobody seized it
    [InlineData("Police seized smuggling boats in the harbour near the antimony smelter, but found no cargo.")] // no material was seized
    [InlineData("Customs did not seize any smuggled antimony last year.")]
    public void Smuggling_with_no_seizure_of_the_material_disrupts_nothing(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "supply_disruption");
    }

    [Theory]
    [InlineData("Customs intercepted two shipments of smuggled gallium bound for Vietnam.")]
    [InlineData("Chinese customs intercepted a consignment of smuggled germanium.")] // read as nothing
    public void Seized_shipments_are_one_event_that_stops_supply(string sentence)
    {
        // Seizing goods in trade, smuggled or not, stops those shipments ("seized two shipments"
        // is a stop of exports): told once, not again as a disruption.
        var result = Score(sentence);

        Assert.Single(result.Events);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China's first batch of 2026 rare earth mining quotas was smaller than last year's.", "quota_cut", "up")]
    [InlineData("China's first batch of rare earth mining quotas was larger than expected.", "quota_raised", "down")]
    [InlineData("China raised rare earth mining and smelting quotas for 2026.", "quota_raised", "down")]
    public void Quotas_in_the_plural_and_by_comparison_are_read(string sentence, string type, string overall)
    {
        // "quotas" matched no quota noun, and "raised ... mining" read as new mining capacity.
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == type && !e.Background);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void Told_to_stop_selling_is_an_export_stop()
    {
        var result = Score("Beijing told its rare earth producers to stop selling to US defence contractors.");

        Assert.Contains(result.Events, e => e.Type == "export_suspension");
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Failing_to_deliver_on_a_promise_is_not_a_supply_disruption()
    {
        var result = Score("The ministry failed to deliver on its promise to publish gallium export figures.");

        Assert.DoesNotContain(result.Events, e => e.Type == "supply_disruption");
    }

    [Fact]
    public void Had_before_the_verb_recalls_an_earlier_event()
    {
        var result = Score("The refiner had restarted germanium production at its main plant.");

        var ev = Assert.Single(result.Events);
        Assert.Equal("production_resumed", ev.Type);
        Assert.True(ev.Background);
    }

    [Fact]
    public void Had_after_a_reporting_verb_is_news_in_reported_speech()
    {
        var reported = Score("The refiner said on Thursday it had restarted germanium production at its main plant.");
        var recalled = Score("The refiner had restarted germanium production at its main plant.");

        var ev = Assert.Single(reported.Events);
        Assert.Equal("production_resumed", ev.Type);
        Assert.False(ev.Background);
        Assert.Equal("down", Sector(reported, "semiconductor").Direction);
        Assert.True(Sector(reported, "semiconductor").Contribution < Sector(recalled, "semiconductor").Contribution);
    }

    [Fact]
    public void A_date_still_marks_reported_speech_as_background()
    {
        var result = Score("The ministry said it had restricted gallium exports in February.");

        Assert.True(Assert.Single(result.Events).Background);
    }

    [Fact]
    public void Lifting_a_ban_on_exports_is_one_easing_event()
    {
        var result = Score("China lifted its ban on gallium exports to the United States.");

        var ev = Assert.Single(result.Events);
        Assert.Equal("controls_lifted", ev.Type);
        Assert.Equal("down", Sector(result, "semiconductor").Direction);
    }

    [Fact]
    public void Words_that_only_say_which_controls_were_suspended_make_no_event_of_their_own()
    {
        var result = Score("China suspended the expanded export controls on rare earths it announced on 9 June.");

        var ev = Assert.Single(result.Events);
        Assert.Equal("controls_suspended", ev.Type);
        Assert.Equal("down", Sector(result, "ev").Direction);
    }

    [Fact]
    public void Export_rules_are_controls_that_can_be_suspended_or_issued()
    {
        var november = new DateTimeOffset(2025, 11, 7, 10, 0, 0, TimeSpan.Zero);
        var suspended = NewsScorer.Default.Score(new NewsText("", "China suspends October rare-earth export rules for a year.", november));
        var issued = Score("China on Friday issued export rules for graphite anode material.");

        Assert.Equal("controls_suspended", Assert.Single(suspended.Events).Type);
        Assert.Equal("down", Sector(suspended, "ev").Direction);
        Assert.Equal("up", Sector(issued, "ev").Direction);
    }

    [Theory]
    [InlineData("this spring", "2025-09-18", true)]
    [InlineData("this spring", "2025-04-10", false)]
    [InlineData("this summer", "2025-07-01", false)]
    [InlineData("this winter", "2025-11-20", false)]
    [InlineData("this winter", "2026-04-02", true)]
    [InlineData("last summer", "2025-07-01", true)]
    [InlineData("in the summer", "2025-11-27", true)] // was news: only "this summer" was a season
    [InlineData("over the spring", "2025-09-18", true)] // was news
    [InlineData("in the summer", "2025-07-01", false)]
    public void A_season_is_background_once_it_is_over(string season, string published, bool background)
    {
        var result = NewsScorer.Default.Score(new NewsText("",
            $"European carmakers were hit {season} when Chinese export licences slowed deliveries of magnets.",
            DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.NotEmpty(result.Events);
        Assert.All(result.Events, e => Assert.Equal(background, e.Background));
    }

    [Fact]
    public void Future_effective_date_is_a_new_fact()
    {
        var result = Score("Exporters will need licences for antimony shipments from September 15, the ministry said.");

        var ev = Assert.Single(result.Events);
        Assert.False(ev.Background);
        Assert.Equal("up", Sector(result, "defence").Direction);
    }

    [Fact]
    public void Single_new_export_ban_on_magnets_moves_a_touched_sector_6_to_12_points()
    {
        var result = Score("China on Friday banned exports of rare earth magnets to all foreign buyers.");

        var ev = Sector(result, "ev").Contribution;
        Assert.InRange(ev, 6, 12);
    }

    [Fact]
    public void Single_new_easing_moves_a_touched_sector_4_to_10_points_down()
    {
        var result = Score("China on Friday granted export licences to rare earth magnet suppliers of European carmakers.");

        Assert.InRange(Sector(result, "ev").Contribution, -10, -4);
    }

    [Fact]
    public void Controls_that_remain_in_place_are_background_not_a_new_tightening()
    {
        var ongoing = Score("China's export controls on gallium remain in place.");
        var withdrawn = Score("The licence requirement for dysprosium exports has not been withdrawn.");

        Assert.True(Assert.Single(ongoing.Events).Background);
        Assert.All(withdrawn.Events, e => Assert.True(e.Background));
        Assert.Equal("none", ongoing.Overall);
    }

    [Theory]
    [InlineData("China's rare earth export controls have forced Ford to idle a plant in Chicago.")] // the controls were news as well
    [InlineData("The gallium ban has hit chipmakers in Japan hard.")]
    [InlineData("China's export curbs on rare earths have sent prices of dysprosium outside China to triple the domestic price.")] // the curbs were news
    [InlineData("The antimony ban has pushed prices in Rotterdam to a record.")] // the ban was news
    [InlineData("Graphite export controls have driven up costs for battery makers.")] // the controls were news
    public void Controls_told_by_what_they_have_done_are_background(string sentence)
    {
        var result = Score(sentence);

        var controls = result.Events.Where(e => e.Type is "export_control" or "export_ban").ToList();
        Assert.NotEmpty(controls);
        Assert.All(controls, e => Assert.True(e.Background));
    }

    [Theory]
    [InlineData("The export controls on gallium have disrupted supply chains.")] // the disruption was absorbed, read as nothing
    [InlineData("The export controls on gallium have disrupted supplies to Japan.")]
    public void A_disruption_that_controls_have_caused_is_background_with_them(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "supply_disruption");
        Assert.All(result.Events, e => Assert.True(e.Background));
    }

    [Fact]
    public void A_disruption_that_has_another_cause_is_news()
    {
        var result = Score("Fighting near rare earth mines in Kachin state has disrupted supplies to Chinese smelters."); // read as nothing

        Assert.False(Assert.Single(result.Events, e => e.Type == "supply_disruption").Background);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void A_new_control_that_has_hit_buyers_is_still_news()
    {
        var result = Score("The new export ban on gallium has hit chipmakers in Japan, traders said.");

        Assert.False(Assert.Single(result.Events).Background);
    }

    [Fact]
    public void Controls_that_remain_at_the_end_of_the_sentence_are_background()
    {
        var result = Score("Beijing suspended the controls on gallium for a year; the controls on germanium remain."); // germanium's were news (up)

        Assert.True(Assert.Single(result.Events, e => e.Type == "export_control").Background);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void Controls_described_by_what_they_have_done_are_background()
    {
        // "the restrictions that have left carmakers short": the restrictions are the context
        // the sentence refers to, not a new tightening. With a verb of their own they are news.
        var described = Score("Officials said the deal covers the rare-earth export restrictions that have left carmakers short of magnets.");
        var imposed = Score("China imposed rare-earth export restrictions on Friday that have left carmakers short of magnets.");

        Assert.Contains(described.Events, e => e.Type == "export_control" && e.Background);
        Assert.DoesNotContain(described.Events, e => e.Type == "export_control" && !e.Background);
        Assert.Contains(imposed.Events, e => e.Type == "export_control" && !e.Background);
    }

    [Fact]
    public void Controls_a_government_keeps_are_background()
    {
        var kept = Score("The United States lifted its tariffs on Chinese magnets, but Beijing kept its licensing regime for samarium.");
        var retained = Score("Beijing retained its ban on gallium exports but approved licences for germanium.");
        var imposed = Score("China imposed a licensing requirement on samarium exports, keeping pressure on magnet makers.");

        Assert.All(kept.Events, e => Assert.True(e.Background));
        Assert.Equal("none", kept.Overall);
        Assert.Contains(retained.Events, e => e.Type == "export_ban" && e.Background);
        Assert.Equal("down", Sector(retained, "semiconductor").Direction);
        Assert.Contains(imposed.Events, e => e.Type == "licence_requirement" && !e.Background);
    }

    [Theory]
    [InlineData("China will continue to enforce its export controls on rare earths.")] // was new controls (up)
    [InlineData("China continues to block magnet shipments to India.")] // was a new stop (up)
    [InlineData("China will keep its ban on gallium exports.")] // was a new ban (up): "keep" was no verb of keeping, "kept" was
    [InlineData("China to keep enforcing gallium controls")] // a headline: was new controls (up)
    public void Controls_a_government_continues_are_background(string sentence)
    {
        Assert.All(Score(sentence).Events, e => Assert.True(e.Background));
    }

    [Theory]
    [InlineData("China will continue to issue licences for rare earth exports.", "export_licence_granted")] // relief that goes on is still relief
    [InlineData("Gallium exports continued to fall this month.", "export_drop")] // exports the subject: the figure is news
    public void What_continues_other_than_a_control_is_still_news(string sentence, string type)
    {
        Assert.False(Assert.Single(Score(sentence).Events, e => e.Type == type).Background);
    }

    [Theory]
    [InlineData("Gallium exports to the United States remain banned.")]
    [InlineData("Shipments of antimony are still suspended, traders said.")]
    [InlineData("Magnet exports stayed suspended through the month.")]
    public void An_event_whose_verb_follows_remain_or_still_is_background(string sentence)
    {
        var result = Score(sentence);

        Assert.NotEmpty(result.Events);
        Assert.All(result.Events, e => Assert.True(e.Background));
    }

    [Fact]
    public void Remain_elsewhere_in_the_sentence_does_not_date_the_news()
    {
        var result = Score("Beijing banned gallium exports on Friday, and prices remain high.");

        Assert.Contains(result.Events, e => e.Type == "export_ban" && !e.Background);
    }

    [Fact]
    public void A_state_that_goes_on_does_not_hide_the_news_beside_it()
    {
        var granted = Score("China said its export controls on gallium remain in force, but it granted licences to three buyers on Friday.");
        var imposed = Score("Beijing imposed new controls on gallium exports on Friday, while its curbs on graphite remain in place.");

        Assert.Equal("down", granted.Overall);
        Assert.Contains(granted.Events, e => e.Type == "export_licence_granted" && !e.Background);
        Assert.Contains(imposed.Events, e => e.Direction == "up" && !e.Background && e.Materials.Contains("gallium"));
        Assert.Equal("up", Sector(imposed, "semiconductor").Direction);
    }

    [Fact]
    public void What_is_only_understood_counts_less_than_what_is_said()
    {
        var said = Score("China has halted gallium exports to the United States.");
        var understood = Score("It is understood that China has halted gallium exports to the United States.");

        Assert.True(Assert.Single(understood.Events).Confidence < Assert.Single(said.Events).Confidence);
    }

    [Fact]
    public void A_headline_truce_reads_as_easing_in_a_rare_earth_story()
    {
        var result = NewsScorer.Default.Score(new NewsText("US and China agree 90-day tariff truce",
            "Carmakers hope the talks will ease their shortage of rare-earth magnets.", Published));

        Assert.Contains(result.Events, e => e.Type == "truce" && e.Direction == "down");
    }

    [Fact]
    public void Countermeasures_are_controls_that_can_be_suspended()
    {
        // The second sentence names no material: a control noun may take the one next door,
        // as "export controls" would.
        var result = Score("Exporters of gallium have needed licences since 2023. On Friday Beijing suspended the countermeasures.");

        Assert.Contains(result.Events, e => e.Type == "controls_suspended" && e.Direction == "down" && e.Materials.Contains("gallium"));
    }

    [Fact]
    public void A_month_before_the_calendar_starts_is_background_not_an_error()
    {
        // December, read against a date in January of year 1, would fall in year 0.
        var result = NewsScorer.Default.Score(new NewsText("", "China banned gallium exports in December.",
            new DateTimeOffset(1, 1, 15, 0, 0, 0, TimeSpan.Zero)));

        Assert.True(Assert.Single(result.Events).Background);
    }

    [Theory]
    [InlineData("Beijing denied reports that it had halted rare earth exports to Japan.")]
    [InlineData("China denied it was planning to curb antimony exports.")]
    [InlineData("Beijing denies it is blocking rare earth shipments to Japan.")]
    [InlineData("The ministry denied plans to ban graphite exports.")]
    [InlineData("China denies plan to ban graphite exports")] // a headline: read as a ban and an export delay
    public void A_denied_report_is_not_an_event(string sentence)
    {
        var result = Score(sentence);

        Assert.Empty(result.Events);
        Assert.Equal("none", result.Overall);
    }

    [Theory]
    [InlineData("The ministry said reports that it had stopped magnet exports to Japan were untrue.")] // was a halt (up)
    [InlineData("Reports of a halt in magnet exports to Japan were false, the ministry said.")] // was a halt (up)
    [InlineData("The ministry dismissed as baseless reports that it had stopped magnet exports to Japan.")] // was a halt (up)
    [InlineData("Rumours that China would ban gallium exports proved unfounded.")] // was a ban (up, hedged)
    [InlineData("Reports that Beijing had halted magnet exports to Japan turned out to be false.")] // was a halt (up)
    [InlineData("Fears of a gallium shortage proved unfounded.")] // was a shortage (up, hedged)
    [InlineData("Concerns that China would halt antimony exports were unfounded, the ministry said.")] // was a halt (up, hedged)
    [InlineData("Rumours that Beijing would lift its antimony ban proved premature.")] // was a lifting (down, hedged)
    [InlineData("Hopes that China would resume germanium exports faded on Friday.")] // was a resumption (down, hedged)
    [InlineData("Hopes that germanium exports would resume have vanished.")] // a resumption (down, hedged) once "vanished" was a verb of stopping
    public void A_report_the_sentence_calls_untrue_is_not_an_event(string sentence)
    {
        var result = Score(sentence);

        Assert.Empty(result.Events);
    }

    [Theory]
    [InlineData("The truce did not ease the shortage of rare earth magnets.")] // was a shortage that eased (down)
    [InlineData("The truce did little to ease the shortage of rare earth magnets.")] // the same
    public void A_shortage_that_was_not_eased_goes_on(string sentence)
    {
        var result = Score(sentence);

        var shortage = Assert.Single(result.Events, e => e.Type.StartsWith("shortage", StringComparison.Ordinal));
        Assert.Equal("shortage", shortage.Type);
        Assert.Equal("up", shortage.Direction);
        Assert.True(shortage.Background); // a state that goes on
    }

    [Theory]
    [InlineData("The truce did not ease the shortage of rare earth magnets.")] // the truce read as news (down)
    [InlineData("The truce has not helped gallium buyers much.")] // the same
    public void Relief_named_as_what_did_not_help_is_background(string sentence)
    {
        var truce = Assert.Single(Score(sentence).Events, e => e.Type == "truce");
        Assert.True(truce.Background);
    }

    [Fact]
    public void A_new_relief_that_did_not_come_is_still_news()
    {
        var result = Score("A truce did not come: talks on rare earths collapsed.");

        Assert.Contains(result.Events, e => e.Direction == "up" && !e.Background);
    }

    [Theory]
    [InlineData("Fears that China would halt gallium exports grew on Friday.", "export_suspension", "up")] // a rise in exports (down)
    [InlineData("Hopes that China would resume germanium exports rose after the talks.", "shipments_resumed", "down")] // a rise in exports
    public void What_grew_is_the_fear_not_the_exports_it_is_about(string sentence, string type, string direction)
    {
        var ev = Assert.Single(Score(sentence).Events);
        Assert.Equal(type, ev.Type);
        Assert.Equal(direction, ev.Direction);
        Assert.True(ev.Confidence < 0.9); // "would"
    }

    [Theory]
    [InlineData("Approved gallium shipments rose in October.")]
    [InlineData("New gallium exports rose 10% in October.")]
    public void A_participle_or_adjective_before_the_exports_takes_nothing_from_their_rise(string sentence)
    {
        Assert.Equal("export_rise", Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("Traders voiced hopes that China would resume germanium exports soon.")]
    public void A_hope_the_sentence_does_not_deny_is_a_hedged_event(string sentence)
    {
        var resumed = Assert.Single(Score(sentence).Events);
        Assert.Equal("shipments_resumed", resumed.Type);
        Assert.True(resumed.Confidence < 0.9);
    }

    [Theory]
    [InlineData("The ministry said reports that it had stopped magnet exports to Japan were accurate.")]
    [InlineData("China stopped magnet exports to Japan on Monday, the ministry said, confirming reports that had circulated for days.")]
    public void A_report_the_sentence_does_not_deny_still_tells_its_event(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "export_suspension" && !e.Background);
    }

    [Theory]
    [InlineData("Beijing's pledge to resume rare earth exports has yet to translate into shipments, buyers said.")] // was a resumption (down)
    [InlineData("China's promise to approve more magnet licences has not materialised.")] // was a grant (down)
    public void A_pledge_that_has_yet_to_be_kept_is_not_an_event(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Fact]
    public void A_pledge_is_hedged_and_one_kept_is_news()
    {
        var pledged = Assert.Single(Score("China pledged to resume rare earth exports to the United States.").Events);
        var kept = Assert.Single(Score("China resumed rare earth exports, fulfilling its pledge.").Events);

        Assert.True(pledged.Confidence < 0.5); // was 0.9, as if done
        Assert.Equal(0.9, kept.Confidence, 3);
    }

    [Fact]
    public void Only_the_event_inside_the_denied_report_is_cancelled()
    {
        var result = Score("China stopped magnet exports to Japan on Monday, and reports that magnet shipments had resumed by Friday were false.");

        Assert.Contains(result.Events, e => e.Type == "export_suspension");
        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
    }

    [Fact]
    public void A_noun_right_before_its_own_verb_is_not_the_object_of_an_earlier_one()
    {
        var result = Score("Antimony prices in Rotterdam fell 15% this week as Chinese shipments resumed.");

        // "fell" takes the prices, not the shipments (which would read as exports falling).
        Assert.Contains(result.Events, e => e.Type == "shipments_resumed");
        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void A_verb_does_not_take_a_noun_from_the_clause_that_as_opens()
    {
        // "supplies" is the nearest noun to "halved", but it belongs to "as supplies returned".
        var result = Score("Gallium prices in Rotterdam halved as supplies returned.");

        Assert.Contains(result.Events, e => e.Type == "price_drop");
        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China halted as many as 30 shipments of gallium.")]
    [InlineData("China halted as much as half of its gallium shipments.")]
    [InlineData("China suspended germanium exports as well as shipments of gallium.")]
    public void The_as_of_a_quantity_or_a_list_still_lets_the_verb_take_its_object(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "export_suspension");
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void A_carmaker_stopping_a_line_as_supply_runs_dry_is_a_shortage_not_an_export_stop()
    {
        var result = NewsScorer.Default.Score(new NewsText("Ford stops an SUV line as magnet supply runs dry", "", Published));

        Assert.Contains(result.Events, e => e.Type == "shortage");
        Assert.DoesNotContain(result.Events, e => e.Type == "export_suspension");
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Few_licences_issued_is_a_tightening_and_a_few_is_easing()
    {
        var few = Score("Few licences have been issued to gallium exporters since the rules took effect.");
        var some = Score("On Friday a few licences were issued to gallium exporters.");

        Assert.Contains(few.Events, e => e.Type == "export_licence_granted_reversed" && e.Direction == "up");
        Assert.DoesNotContain(few.Events, e => e.Direction == "down");
        Assert.Equal("up", Sector(few, "semiconductor").Direction);
        Assert.Equal("down", Sector(some, "semiconductor").Direction);
    }

    [Fact]
    public void An_event_after_another_events_after_is_its_past_but_a_cause_is_news()
    {
        var resumed = Score("Vietnam's largest rare earth mine resumed production after a two-year halt.");
        var because = Score("A carmaker halted production at a plant because of a shortage of rare earth magnets.");

        Assert.Equal("down", resumed.Overall);
        Assert.All(resumed.Events.Where(e => e.Direction == "up"), e => Assert.True(e.Background));
        Assert.Contains(because.Events, e => e.Type == "shortage" && !e.Background);
    }

    [Fact]
    public void Supplies_that_are_secure_are_no_event()
    {
        var result = Score("Several German automakers said their magnet supplies were secure for the rest of the year.");

        Assert.Empty(result.Events);
    }

    [Fact]
    public void A_verb_does_not_take_a_noun_across_a_comma_and_a_conjunction()
    {
        var result = Score("A germanium refiner said on Thursday it had restarted its second production line after a "
            + "three-month halt, and that shipments to European optics makers would resume next week.");

        Assert.Contains(result.Events, e => e.Type == "shipments_resumed" && e.Direction == "down" && !e.Background);
        Assert.DoesNotContain(result.Events, e => e.Direction == "up" && !e.Background);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void The_five_rare_earths_controlled_in_October_2025_are_materials()
    {
        var result = Score("China on Thursday imposed export controls on holmium, erbium, thulium, europium and ytterbium.");

        var ev = Assert.Single(result.Events);
        Assert.Equal(["erbium", "europium", "holmium", "thulium", "ytterbium"], ev.Materials.Order());
        Assert.Equal("up", Sector(result, "defence").Direction);
        Assert.Equal("none", Sector(result, "ev").Direction);
    }

    [Fact]
    public void A_verb_does_not_take_a_noun_from_the_clause_its_after_opens()
    {
        var result = Score("Germanium prices fell after China approved the first export licences.");

        Assert.Contains(result.Events, e => e.Type == "export_licence_granted");
        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
        Assert.Equal("down", Sector(result, "semiconductor").Direction);
    }

    [Fact]
    public void A_passive_verb_in_a_relative_clause_is_about_the_noun_it_hangs_on()
    {
        var published = new DateTimeOffset(2025, 7, 3, 10, 0, 0, TimeSpan.Zero);
        var result = NewsScorer.Default.Score(new NewsText("", "European parts makers have restarted production lines "
            + "that were idled in May after fresh magnet deliveries arrived from China.", published));

        Assert.Contains(result.Events, e => e.Type == "production_resumed" && !e.Background);
        Assert.Contains(result.Events, e => e.Type == "plant_stoppage" && e.Background);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void Lines_that_could_pause_if_licences_are_slow_are_a_threat_not_easing()
    {
        var result = Score("Two parts makers warned that assembly lines for magnet motors could pause if licences were slow to arrive.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Contains(result.Events, e => e.Type == "plant_stoppage" && e.Direction == "up");
    }

    [Theory]
    [InlineData("The gallium export ban, which China imposed in December, was suspended on Friday.", "controls_suspended")]
    [InlineData("The gallium export ban that China imposed in December was suspended on Friday.", "controls_suspended")]
    [InlineData("Restrictions on graphite that Beijing introduced last year were eased on Monday.", "controls_eased")]
    [InlineData("The rare-earth export restrictions that have left carmakers short of magnets were lifted on Friday.", "controls_lifted")]
    [InlineData("The gallium export ban that has hurt chipmakers since December was suspended on Friday.", "controls_suspended")]
    public void A_passive_verb_after_a_relative_clause_is_about_the_noun_before_the_clause(string sentence, string type)
    {
        // The clause's own verb may have taken the noun already, and its date is the clause's,
        // not the news's.
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == type && e.Direction == "down" && !e.Background);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void A_verb_read_as_such_is_not_reused_as_the_subject_of_a_later_passive()
    {
        // "ban" here is read as the verb of "ban … exports"; "were halted" is about the exports.
        var result = Score("The ban meant that gallium exports were halted.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void What_a_condition_names_has_not_happened()
    {
        var unless = Score("Automakers warned that production could stop within weeks unless magnet shipments resume.");
        var onlyIf = Score("Carmakers said lines would restart only if China approves more magnet export licences.");
        var onlyWhen = Score("China will resume gallium shipments to the US only when buyers certify how the metal is used.");

        Assert.DoesNotContain(unless.Events, e => e.Direction == "down");
        Assert.Equal("up", unless.Overall);
        Assert.Empty(onlyIf.Events);
        Assert.Equal("none", onlyIf.Overall);
        Assert.Empty(onlyWhen.Events);
    }

    [Fact]
    public void The_comma_that_ends_a_condition_leaves_the_main_clause_counted()
    {
        var threat = Score("If talks fail, China will ban exports of gallium to the United States.");
        var fact = Score("China banned exports of gallium to the United States on Friday.");

        var ban = Assert.Single(threat.Events, e => e.Type == "export_ban");
        Assert.True(ban.Confidence < Assert.Single(fact.Events).Confidence);
        Assert.Equal("up", threat.Overall);
    }

    [Fact]
    public void A_question_counts_less_than_a_report()
    {
        var asked = Score("Will China halt rare earth exports to Japan again?");
        var told = Score("China halted rare earth exports to Japan again.");

        Assert.True(Assert.Single(asked.Events).Confidence < Assert.Single(told.Events).Confidence);
    }

    [Fact]
    public void A_date_right_after_since_is_when_the_event_began()
    {
        // Published in June 2025: a ban in place since December is not news.
        var since = Score("China has banned exports of gallium to the United States since December.");
        var other = Score("China has suspended its ban on gallium exports to the United States, reversing a measure in place since December.");

        Assert.All(since.Events, e => Assert.True(e.Background));
        Assert.Contains(other.Events, e => e.Type == "controls_suspended" && !e.Background);
    }

    [Fact]
    public void A_control_named_alone_with_many_words_is_dated_by_its_since()
    {
        // Was news: the "since" sat beyond the reach of a verb's event.
        var result = Score("A ban on the export of rare earth extraction and separation technology has been in place since 2023.");

        Assert.True(Assert.Single(result.Events).Background);
    }

    [Fact]
    public void A_since_of_another_verb_does_not_date_a_control_named_alone()
    {
        var result = Score("The new ban on gallium exports will hurt chipmakers who have relied on Chinese supply since 2010.");

        Assert.Contains(result.Events, e => e.Type == "export_ban" && !e.Background);
    }

    [Theory]
    [InlineData("Indium tin oxide producers said indium was hard to obtain.", "shortage")]
    [InlineData("Antimony for ammunition primers was in short supply across Europe.", "shortage")]
    [InlineData("Yttrium for turbine-blade coatings became difficult to source.", "shortage")]
    [InlineData("Samarium-cobalt magnet makers in the US say they have weeks of stock left.", "shortage")]
    [InlineData("Defence suppliers are running low on antimony for primers.", "shortage")]
    [InlineData("Indium supplies are tight, touchscreen and solar cell makers say.", "shortage")]
    [InlineData("European carmakers said magnet stocks would last only until January.", "shortage")] // read as nothing
    [InlineData("Suppliers have only enough to last a few weeks of gallium.", "shortage")] // read as nothing
    [InlineData("Chinese exporters ceased shipments of antimony to Europe.", "export_suspension")]
    [InlineData("China has stopped shipping germanium to the United States.", "export_suspension")]
    [InlineData("Antimony price hits record as Chinese supply vanishes", "price_spike")] // read as nothing
    [InlineData("Antimony price hits record as Chinese supply vanishes", "export_suspension")] // read as nothing
    [InlineData("Gallium supplies from China have vanished.", "export_suspension")] // read as nothing
    [InlineData("Chinese antimony supply disappeared from the market this month.", "export_suspension")] // read as nothing
    [InlineData("European carmakers said their magnet stocks will run out within weeks.", "shortage")] // read as nothing
    [InlineData("A Japanese magnet maker said its dysprosium inventory would run out by March.", "shortage")] // read as nothing
    [InlineData("A European magnet maker said it would idle its plant because it could not obtain dysprosium.", "shortage")] // the plant stoppage alone
    [InlineData("Buyers in Japan could not obtain Chinese antimony this month.", "shortage")] // read as nothing
    [InlineData("Carmakers' stocks of rare earth magnets will run out within weeks.", "shortage")] // read as nothing
    [InlineData("European suppliers said their inventories of gallium would be exhausted by January.", "shortage")] // read as nothing
    [InlineData("Stockpiles of germanium at Western chipmakers are dwindling.", "shortage")] // read as nothing
    [InlineData("The company's inventory of antimony will last only until February.", "shortage")] // read as nothing
    [InlineData("Several chipmakers have exhausted their gallium stockpiles.", "shortage")] // read as nothing
    [InlineData("Suppliers have burned through their stocks of terbium.", "shortage")] // read as nothing
    [InlineData("Gallium inventories in Europe dropped to their lowest in a decade.", "shortage")] // read as nothing
    [InlineData("Stockpiles of germanium have fallen sharply.", "shortage")] // read as nothing
    [InlineData("Magnet inventories at European carmakers have fallen to their lowest in a decade.", "shortage")] // read as nothing
    [InlineData("Dysprosium stockpiles among Japanese magnet makers fell sharply this month.", "shortage")] // read as nothing
    [InlineData("Antimony stockpiles at Western ammunition makers have dropped sharply.", "shortage")] // read as nothing
    [InlineData("Carmakers have six weeks of dysprosium left.", "shortage")] // read as nothing
    [InlineData("Japanese chipmakers have about two months of gallium left.", "shortage")] // read as nothing
    [InlineData("Buyers have only weeks of antimony left, traders said.", "shortage")] // read as nothing
    [InlineData("Magnet makers have days of terbium supply left.", "shortage")] // read as nothing
    [InlineData("Stocks of terbium at Japanese magnet makers are down to three weeks.", "shortage")] // read as nothing
    [InlineData("Terbium inventories are down to three weeks.", "shortage")] // read as nothing
    [InlineData("European carmakers have only enough magnets for two months of production.", "shortage")] // read as nothing
    [InlineData("Defence firms hold enough antimony for about three months.", "shortage")] // read as nothing
    [InlineData("Japanese refiners have enough gallium to last six weeks.", "shortage")] // read as nothing
    [InlineData("Stocks of gallium are only enough for six weeks.", "shortage")] // read as nothing
    [InlineData("Their dysprosium inventories cover just four weeks of output.", "shortage")] // read as nothing
    [InlineData("Their magnet inventories cover only a few weeks.", "shortage")] // "only a few" flipped it once read
    [InlineData("Buyers have only a few weeks of antimony left.", "shortage")]
    public void Scarcity_and_stopped_shipping_are_read_in_plain_words(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == type && e.Direction == "up");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Waiting times for gallium export licences are down to three weeks.")]
    [InlineData("Lead times for dysprosium magnets fell to three weeks.")]
    [InlineData("The gallium refinery has six weeks of work left on its new line.")]
    [InlineData("Traders have two weeks left to register gallium shipments.")]
    [InlineData("China has enough graphite for decades of battery production.")]
    [InlineData("There is enough gallium in the ground for 20 years of demand, the survey said.")]
    [InlineData("The gallium rules cover six months of exports.")]
    [InlineData("Exporters have enough time for two weeks of checks on antimony cargoes.")]
    public void Times_that_are_no_stores_are_no_shortage(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "shortage");
    }

    [Fact]
    public void Recycling_at_a_plant_is_still_a_fact()
    {
        var result = Score("Cyclic Materials recycles rare earths from scrap magnets in Ontario.");

        Assert.Equal(0.9, Assert.Single(result.Events, e => e.Type == "recycling").Confidence, 3);
    }

    [Fact]
    public void Licences_that_could_not_be_obtained_are_no_shortage_of_the_material()
    {
        Assert.DoesNotContain(Score("Exporters could not obtain licences for gallium.").Events, e => e.Type == "shortage");
    }

    [Theory]
    [InlineData("Rare earth stocks fell sharply on Monday after the truce ran out.")]
    [InlineData("Rare earth stocks have run out of steam after a strong rally.")] // read as a shortage
    [InlineData("Talks on gallium export licences ran out of time on Friday.")] // read as a shortage
    [InlineData("Antimony stocks will not run out before the spring, traders said.")]
    [InlineData("Lynas stock fell 5% on Tuesday.")] // a company's shares
    [InlineData("Chinese magnet makers cut their inventories ahead of the holiday.")] // inventories someone cuts are no shortage
    public void Stocks_that_fall_in_value_or_will_not_run_out_and_talks_out_of_time_are_no_shortage(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "shortage");
    }

    [Theory]
    [InlineData("The crackdown comes as Beijing enforces its ban on antimony exports to the United States.", true)] // read as a new ban
    [InlineData("Beijing has been enforcing its gallium export ban strictly.", true)] // read as a new ban
    [InlineData("Customs officers are strictly enforcing the rare earth export controls.", true)] // read as new controls
    [InlineData("China began enforcing the new ban on gallium exports on Monday.", false)]
    [InlineData("China will strictly enforce the ban on gallium exports from Monday.", false)]
    [InlineData("China started enforcing its gallium ban on Monday.", false)]
    public void A_control_in_place_that_is_enforced_goes_on_and_one_that_starts_is_news(string sentence, bool background)
    {
        var result = Score(sentence);

        Assert.Equal(background, Assert.Single(result.Events).Background);
    }

    [Theory]
    [InlineData("Exporters of high-purity graphite will still need a permit.")] // read as nothing: the cue took the verb
    [InlineData("Gallium exporters still need licences.")] // read as nothing
    public void A_requirement_that_still_holds_is_background(string sentence)
    {
        var requirement = Assert.Single(Score(sentence).Events);
        Assert.Equal("licence_requirement", requirement.Type);
        Assert.True(requirement.Background);
    }

    [Theory]
    [InlineData("Dysprosium prices in Europe traded at record highs this week.")] // read as nothing: "at" made the level a noun
    [InlineData("Gallium prices outside China stood at record highs.")] // nothing
    [InlineData("Antimony prices are at all time highs.")] // nothing
    public void Prices_at_a_record_high_spiked(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("price_spike", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Officials met at record speed to approve gallium licences.")] // not a level the licences reached
    [InlineData("Gallium exporters were fined at record levels.")]
    public void A_record_after_at_that_is_no_high_is_no_rise(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type is "price_spike" or "export_rise");
    }

    [Theory]
    [InlineData("Prices of dysprosium outside China held near record highs.")] // read as a new spike
    [InlineData("Antimony prices hovered near all time highs.")] // read as a new spike
    public void Prices_that_hold_near_a_record_are_a_state_not_news(string sentence)
    {
        Assert.True(Assert.Single(Score(sentence).Events).Background);
    }

    [Fact]
    public void What_is_still_being_done_goes_on_and_is_not_news()
    {
        var result = Score("Exporters said licences for gallium shipments to Japan were still being granted.");

        Assert.All(result.Events, e => Assert.True(e.Background));
    }

    [Theory]
    [InlineData("Beijing has approved no new licences for gallium exports this month.")]
    [InlineData("No licences for gallium exports were approved in the past week.")]
    [InlineData("None of the applications for magnet exports have been approved.")] // read as nothing
    [InlineData("China approved none of the applications for magnet exports.")] // nothing
    [InlineData("China will not grant licences for antimony exports to American defence firms.")] // nothing: refused ahead
    [InlineData("China said it would not approve gallium exports to US military users.")] // nothing
    [InlineData("China refused to approve licences for gallium exports.")] // a licence delay, through the verb "refused"
    [InlineData("China declined to grant export licences to Japanese buyers of gallium.")] // licences suspended
    public void A_grant_of_none_is_a_refusal(string sentence)
    {
        var result = Score(sentence);

        var refusal = Assert.Single(result.Events);
        Assert.Equal("up", refusal.Direction);
        Assert.False(refusal.Background);
    }

    [Fact]
    public void Export_exemptions_granted_are_easing()
    {
        var result = Score("China granted export exemptions for gallium used in civilian products.");

        Assert.Equal("export_licence_granted", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China refused to lift the ban on gallium exports.")] // read as the ban lifted
    [InlineData("Beijing declined to ease its controls on antimony exports.")] // read as the controls eased
    [InlineData("The commerce ministry refuses to suspend the rare earth rules.")]
    public void Relief_refused_is_no_relief(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Direction == "down");
    }

    [Fact]
    public void Fewer_in_another_clause_reverses_nothing()
    {
        var result = Score("Aircraft makers are redesigning engine sensors to use fewer heavy rare earths after supplies were disrupted."); // read as the disruption reversed (down)

        Assert.DoesNotContain(result.Events, e => e.Type.EndsWith("_reversed", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
    }

    [Fact]
    public void A_negation_in_another_clause_cancels_nothing()
    {
        var result = Score("Prices did not fall after China lifted the ban on gallium exports."); // read as nothing

        Assert.Contains(result.Events, e => e.Type == "controls_lifted");
    }

    [Theory]
    [InlineData("China did not approve licences for gallium exports.")]
    [InlineData("It is not yet clear whether licences for gallium exports will be granted.")]
    public void A_grant_that_did_not_happen_is_no_news(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("China has yet to issue export licences for gallium to US buyers.", "licence_delay")] // read as nothing
    [InlineData("Export licences for rare earth magnets have yet to be granted to European carmakers.", "licence_delay")] // read as nothing
    [InlineData("The ministry has not yet granted licences to Japanese magnet buyers, two sources said.", "licence_delay")] // read as nothing
    [InlineData("Magnet export licences are not yet approved for Indian firms.", "licence_delay")] // read as nothing
    [InlineData("Shipments of gallium to Japan have yet to be approved.", "export_delay")] // read as nothing
    public void A_grant_still_awaited_is_a_delay(string sentence, string type)
    {
        var result = Score(sentence);

        var delay = Assert.Single(result.Events);
        Assert.Equal(type, delay.Type);
        Assert.Equal("up", delay.Direction);
        Assert.False(delay.Background);
    }

    [Fact]
    public void Licences_not_issued_since_a_date_are_a_delay_that_began_then()
    {
        var delay = Assert.Single(Score("Licences for germanium shipments have not been issued since April, exporters said.").Events); // nothing

        Assert.Equal("licence_delay", delay.Type);
        Assert.Equal("up", delay.Direction);
        Assert.True(delay.Background); // dated by its start, as "banned since December" is
    }

    [Fact]
    public void A_state_that_goes_on_in_an_although_clause_does_not_date_the_clause_before()
    {
        var result = Score("Analysts said it should allow more licences for rare earths to be approved, although exporters would still need permits for each shipment.");

        Assert.Contains(result.Events, e => e.Type == "export_licence_granted" && !e.Background);
    }

    [Theory]
    [InlineData("China cut its rare earth mining quota for the year.", "quota_cut")]
    [InlineData("Chinese smelters cut output of antimony by a third.", "production_cut")]
    [InlineData("China's antimony exports fell by a third.", "export_drop")]
    [InlineData("China's exports of graphite anodes to South Korea halved this month.", "export_drop")]
    public void A_fall_is_named_by_what_fell(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void No_sign_that_something_happened_is_not_news_that_it_did()
    {
        var none = Score("Traders said there was no sign yet that licences for magnet exports were being approved faster.");
        var but = Score("There is no evidence that China has halted gallium exports, but licences for germanium were approved on Friday.");

        Assert.Empty(none.Events);
        Assert.DoesNotContain(but.Events, e => e.Direction == "up");
        Assert.Contains(but.Events, e => e.Type == "export_licence_granted");
    }

    [Theory]
    [InlineData("Beijing has approved about half of the gallium licence applications filed since April, the chamber said.", false)] // background: "since April"
    [InlineData("Gallium exports have been banned in full since January.", true)]
    [InlineData("China's export curbs on rare earths have been in place since January.", true)] // "been" is no participle
    [InlineData("China has banned exports of gallium to the United States since January.", true)] // nor is "United"
    public void A_date_after_since_belongs_to_the_participle_before_it(string sentence, bool background)
    {
        Assert.Equal(background, Assert.Single(Score(sentence).Events).Background);
    }

    [Theory]
    [InlineData("Perpetua Resources received final approval for its Stibnite gold-antimony mine.", "new_capacity")] // an export licence
    [InlineData("The antimony mine received a permit.", "new_capacity")] // an export licence
    [InlineData("Lynas won approval to build a heavy rare earth separation plant in Texas.", "new_capacity")] // an export licence as well
    [InlineData("The gallium plant received an export licence for shipments to Japan.", "export_licence_granted")]
    [InlineData("China approved licences for gallium exports from the Yunnan plant.", "export_licence_granted")]
    public void A_permit_for_a_mine_or_plant_is_new_capacity(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Recycling plant to recover rare earths from old motors", "recycling")] // a resumption as well
    [InlineData("Gallium exports recovered from a two-year low on Monday.", "shipments_resumed")]
    public void Recovering_a_material_from_scrap_is_no_resumption(string sentence, string type)
    {
        Assert.Equal(type, Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("China has stopped publishing its rare earth quotas.", "none")] // read as a quota cut (up)
    [InlineData("Customs stopped reporting gallium export figures on Monday.", "none")] // read as an export stop (up)
    [InlineData("China has stopped publishing data on gallium exports, and shipments halted on Monday.", "up")]
    public void Figures_no_longer_published_are_no_cut(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Traders doubt that germanium shipments will resume this year.")] // read as a resumption (down)
    [InlineData("Nobody expects the antimony ban to be lifted soon.")] // read as a lifting, hedged
    [InlineData("Few expect China to resume gallium exports before March.")]
    [InlineData("Analysts doubt China will lift magnet curbs soon")] // a headline without "that": read as a lifting
    [InlineData("Traders doubt Beijing would ease gallium controls this year.")] // read as an easing, hedged
    [InlineData("Few analysts expect Beijing to lift its controls on rare earth magnets before next year.")] // read as the lifting reversed
    public void An_event_doubted_or_expected_by_nobody_is_not_news(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("There is no doubt that China will lift the gallium ban.", "controls_lifted")] // read as nothing ("no")
    [InlineData("There is little doubt that the gallium ban hurt chipmakers.", "export_ban")]
    [InlineData("There is no doubt China will lift the gallium ban.", "controls_lifted")]
    public void No_doubt_that_something_happens_is_no_negation(string sentence, string type)
    {
        Assert.Equal(type, Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("Chinese smelters halted gallium exports.", "export_suspension")]
    [InlineData("Two refineries suspended rare earth shipments to Japan.", "export_suspension")]
    [InlineData("The mine resumed rare earth exports to China.", "shipments_resumed")]
    public void A_verb_takes_its_object_over_its_subject_when_a_material_word_sits_between(string sentence, string type)
    {
        // The smelters, refineries and mine did the halting; the exports are what was halted.
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
    }

    [Theory]
    [InlineData("China stopped exporting gallium, customs officials said.", "export_suspension")] // read as nothing
    [InlineData("Beijing barred its firms from exporting gallium and germanium to American buyers.", "export_ban")] // nothing
    [InlineData("Germanium producers in Yunnan resumed exporting to European buyers.", "shipments_resumed")] // nothing
    [InlineData("China stopped exporting rare earth processing equipment.", "export_suspension")] // read as a production cut
    public void Exporting_is_the_flow_a_verb_stops_or_resumes(string sentence, string type)
    {
        // "Processing equipment" is a good, not processing: nothing stopped producing.
        Assert.Equal(type, Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("China's magnet output fell 30% this month.", "production_cut", "up")]
    [InlineData("Magnet production in Ningbo resumed on Monday.", "production_resumed", "down")]
    [InlineData("Governments are funding new separation plants and magnet factories to reduce that dependence.", "new_capacity", "down")]
    [InlineData("China's largest magnet plant halted production after a fire.", "production_cut", "up")]
    [InlineData("The company is building a mine to magnet supply chain in Texas.", "new_capacity", "down")]
    public void Magnet_output_and_factories_keep_their_material(string sentence, string type, string direction)
    {
        // "magnet output" was one noun that swallowed the material word, so the event had none;
        // "magnet plant" and "mine to magnet" still are one form each, and carry the material.
        var result = Score(sentence);

        var e = Assert.Single(result.Events);
        Assert.Equal(type, e.Type);
        Assert.Equal(direction, e.Direction);
        Assert.Contains("rare_earth_magnets", e.Materials);
    }

    [Theory]
    [InlineData("China exported no gallium or germanium this month, customs data showed.")]
    [InlineData("China's germanium exports were zero for a second month.")]
    public void Exports_of_nothing_are_a_drop(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "export_drop" && e.Direction == "up" && !e.Background);
        Assert.Equal("up", Sector(result, "semiconductor").Direction);
    }

    [Fact]
    public void No_shipments_delayed_is_not_a_drop()
    {
        var result = Score("Officials said no gallium shipments were delayed.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
    }

    [Theory]
    [InlineData("China shipped its first cargo of gallium to the United States since the ban, customs data showed.")]
    [InlineData("Gallium exports to Japan have recovered since the curbs.")]
    [InlineData("Magnet exports to Europe are at their highest since Beijing's controls.")]
    public void What_since_introduces_is_the_earlier_event_the_news_counts_from(string sentence)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Direction == "up" && !e.Background);
        Assert.NotEqual("up", result.Overall);
    }

    [Theory]
    [InlineData("Brazil shipped its first cargo of rare earth concentrate to the US.")] // read as nothing
    [InlineData("Lynas shipped its first cargo of dysprosium to Japan.")]
    // (One shipped "since the ban" or "in a year" is a return: ShipmentAfterAGapTests.)
    public void A_first_cargo_is_new_supply(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "new_capacity" && !e.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Japan released rare earths from its national stockpile to help magnet makers.")] // read as nothing
    [InlineData("The US will release antimony from the National Defense Stockpile.")]
    public void Metal_released_from_a_stockpile_is_new_supply(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("new_capacity", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("No germanium was delivered to Japan in October.")]
    [InlineData("A cargo of gallium arrived in Rotterdam on Monday.")]
    [InlineData("The first batch of rare earth mining quotas arrived in provincial offices on Friday.")]
    public void An_arrival_without_a_first_batch_is_no_new_capacity(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "new_capacity");
    }

    [Theory]
    [InlineData("China raised its first batch of 2027 rare earth mining quotas by 8%.", "quota_raised", "down")] // read as new capacity, then nothing
    [InlineData("China cut its first batch of 2027 rare earth mining quotas by 8%.", "quota_cut", "up")] // the same
    [InlineData("China cut its first-batch rare earth mining quota for 2026 by 10%.", "quota_cut", "up")] // "first-batch" read as new capacity (down)
    [InlineData("MP Materials delivered the first batch of magnets to GM.", "new_capacity", "down")]
    [InlineData("The refinery produced its first batch of gallium.", "new_capacity", "down")]
    [InlineData("The first batch of dysprosium from Lynas arrived in Japan.", "new_capacity", "down")] // read as nothing
    [InlineData("The first batch of antimony from the Alaska mine reached buyers in Ohio.", "new_capacity", "down")] // read as nothing
    public void A_first_batch_of_quotas_is_no_new_capacity_and_one_of_goods_that_arrives_is(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("Shipments of gallium have since stopped.", "up")] // read as background
    [InlineData("Gallium prices have since fallen back.", "down")]
    public void Since_right_before_the_verb_means_from_then_on(string sentence, string overall)
    {
        var result = Score(sentence);

        Assert.False(Assert.Single(result.Events).Background);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void A_ban_in_force_since_a_date_is_still_in_force()
    {
        // "since" before a date, not a noun, leaves the event as it was.
        var result = Score("Gallium exports to the United States have been banned since December 3.");

        Assert.Contains(result.Events, e => e.Direction == "up");
    }

    [Theory]
    [InlineData("China's customs data showed zero shipments of germanium to the United States this month.", "up")]
    [InlineData("Germanium shipments to the United States were zero for a second month.", "up")]
    [InlineData("China imposed a 25% export tariff on antimony products this week.", "up")]
    [InlineData("Beijing slapped export duties on gallium and germanium on Monday.", "up")]
    [InlineData("Beijing removed graphite anodes from its list of controlled items on Friday.", "down")]
    [InlineData("China agreed to speed up licences for rare earth magnet exports to Europe.", "down")]
    [InlineData("The commerce ministry expedited export licences for gallium this week.", "down")]
    public void Tariffs_lists_and_quicker_licences_are_read(string sentence, string direction)
    {
        var result = Score(sentence);

        Assert.Equal(direction, result.Overall);
        Assert.Contains(result.Events, e => e.Direction == direction && !e.Background);
    }

    [Fact]
    public void Scrapping_export_tax_rebates_is_not_easing()
    {
        var result = Score("China scrapped export tax rebates for graphite and rare earth products.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
    }

    [Theory]
    [InlineData("The ban on graphite exports was lifted on Monday.", "controls_lifted")]
    [InlineData("The ban on graphite exports to the United States was lifted on Monday.", "controls_lifted")]
    [InlineData("Beijing's curb on antimony exports was eased this week.", "controls_eased")]
    public void After_the_a_ban_is_the_noun_that_was_lifted(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China imposed a ban on gallium exports to the United States.")]
    [InlineData("The ban on gallium exports took effect on Monday.")]
    [InlineData("China will ban exports of gallium to the United States.")]
    public void A_ban_imposed_or_in_force_is_still_a_ban(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_ban", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China has not issued a single gallium export licence to US buyers since the pause ended.")] // read as nothing
    [InlineData("Not one licence for germanium exports has been approved this month.")]
    public void A_grant_of_not_one_is_a_refusal(string sentence)
    {
        var result = Score(sentence);

        // (The pause's end after "since" is background, what the news counts from.)
        Assert.Equal("export_licence_granted_reversed", Assert.Single(result.Events, e => !e.Background).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("European auto suppliers said magnet deliveries had improved since licences began to be approved faster.", "export_rise")] // read as nothing
    [InlineData("Magnet supplies have improved this month.", "export_rise")]
    [InlineData("Antimony supplies have stabilised, defence suppliers said.", "export_rise")] // read as nothing
    [InlineData("Gallium supply has normalized since the truce.", "export_rise")] // read as nothing
    [InlineData("Lynas produced its first separated dysprosium in Malaysia.", "new_capacity")] // read as nothing
    [InlineData("A Lynas plant in Malaysia will separate heavy rare earths from next year.", "new_capacity")] // read as nothing
    public void Supplies_that_improve_and_first_output(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == type && !e.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China to decide on gallium ban pause")] // each read as the pause, hedged (down)
    [InlineData("China is to decide on a pause on its gallium export ban.")]
    [InlineData("Beijing is debating a pause on its gallium export ban.")]
    [InlineData("It is not yet clear whether China will extend the suspension of the gallium export ban.")]
    [InlineData("Officials will decide whether to lift the antimony ban next week.")]
    public void What_is_still_to_be_decided_has_not_happened(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("China extended its export controls to gallium, whether or not talks continue.", "up")]
    [InlineData("Analysts asked whether supplies would last after China halted gallium exports.", "up")]
    public void An_undecided_clause_ends_at_its_comma_or_a_clause_of_fact(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("\u201cWe will not issue any more licences for gallium exports to the US,\u201d the ministry said.", "licence_delay", false)] // read as nothing
    [InlineData("The gallium ban returned on Friday.", "export_ban", false)] // "returned" was no verb
    [InlineData("Gallium prices jumped 20% that year.", "price_spike", true)] // read as news
    public void Refusing_to_issue_a_return_and_that_year(string sentence, string type, bool background)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal(type, ev.Type);
        Assert.Equal(background, ev.Background);
    }

    [Theory]
    [InlineData("The ministry said it would allow exports of antimony for civilian use.", "down")] // each read as nothing
    [InlineData("The rules no longer allow exports of gallium to US defence firms.", "up")]
    [InlineData("Antimony prices in Rotterdam reached a record $60,000 a tonne.", "up")]
    [InlineData("US ammunition makers said they could not source enough antimony trisulfide.", "up")]
    [InlineData("China has not allowed gallium exports to the US this month.", "none")]
    public void Exports_allowed_records_reached_and_metal_not_sourced(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Beijing no longer allows rare earth magnet exports to US defence firms.")] // read as nothing
    [InlineData("China will no longer allow gallium shipments to the US.")] // read as nothing
    [InlineData("The rules no longer allow exports of gallium to US defence firms.")]
    public void Exports_no_longer_allowed_are_banned(string sentence)
    {
        var ban = Assert.Single(Score(sentence).Events, e => e.Direction == "up" && !e.Background);

        Assert.Equal("export_ban", ban.Type);
    }

    [Theory]
    [InlineData("Fewer licences for rare earth magnet exports were approved in June than in May.", "up")] // read as a grant (down)
    [InlineData("Licence approvals for magnets doubled in June.", "down")] // read as nothing
    [InlineData("Exporters held back gallium shipments ahead of the end of the suspension.", "up")] // read as nothing
    [InlineData("Licence fees for gallium rose in June.", "up")] // none while licence fees were no noun: the fee is a restriction, and licences were not granted
    [InlineData("Shipping costs for gallium rose in June.", "none")]
    [InlineData("Exports of gallium to the United States and Japan rose sharply in June.", "down")]
    public void Fewer_licences_more_approvals_and_shipments_held_back(string sentence, string overall)
    {
        // A rule for subjects only ("approvals doubled", "exports rose") needs its noun to head
        // the subject: not "licence fees" or "shipping costs".
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Japan said several cargoes of rare earths had been released by Chinese customs.", "shipments_resumed", "down")] // read as nothing
    [InlineData("Customs data released on Friday showed China's exports of rare earth magnets fell 74% in May.", "export_drop", "up")]
    [InlineData("European magnet makers warned of fresh licence delays for dysprosium.", "licence_delay", "up")] // read as a pause (down)
    public void Cargoes_released_and_licences_delayed(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void An_event_after_another_is_news_when_its_own_clause_dates_it_so()
    {
        // "after" made the ban the squeeze's past (background) despite its "on Friday".
        var result = Score("The Pentagon told contractors to expect an antimony supply squeeze after China's ban on sales to US buyers returned on Friday.");

        Assert.False(Assert.Single(result.Events, e => e.Type == "export_ban").Background);
        Assert.True(Assert.Single(Score("The mine resumed antimony production after a two-year halt.").Events, e => e.Direction == "up").Background);
    }

    [Fact]
    public void A_stop_recalled_in_a_relative_clause_is_background()
    {
        var result = Score("Shipments of germanium to the US, which stopped in the spring, recovered this week.");

        Assert.True(Assert.Single(result.Events, e => e.Type == "export_suspension").Background); // was news
        Assert.False(Assert.Single(result.Events, e => e.Type == "shipments_resumed").Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Chinese magnet makers stopped taking new orders from US defence firms.", "up")] // read as nothing
    [InlineData("Chinese gallium producers have stopped accepting orders from American buyers.", "up")]
    [InlineData("Chinese magnet makers resumed taking orders from US carmakers.", "down")]
    [InlineData("The gallium refiner received new orders from chipmakers.", "none")]
    [InlineData("China will not accept new orders for germanium from US buyers, exporters said.", "up")] // read as nothing
    [InlineData("Magnet makers are no longer accepting orders from defence contractors.", "up")] // read as nothing
    [InlineData("Chinese graphite suppliers did not take new orders last week, traders said.", "up")] // read as nothing
    [InlineData("Gallium refiners are turning away new orders from overseas buyers.", "up")] // read as nothing
    public void Orders_taken_or_refused(string sentence, string overall)
    {
        // Only "taking/accepting orders": "orders" alone made "received new orders" an event.
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("The ministry added five rare earth elements to its dual-use list, effective immediately.", "export_control", "up")] // read as nothing
    [InlineData("Beijing removed graphite from its dual-use list.", "controls_lifted", "down")] // read as nothing
    [InlineData("MP Materials began producing separated neodymium-praseodymium oxide at Mountain Pass.", "new_capacity", "down")] // read as nothing
    public void Dual_use_lists_and_first_production(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("China barred exports of gallium to US defence firms.", "export_ban")] // "barred" was no verb
    [InlineData("US defence firms were cut off from Chinese rare earths on Friday.", "supply_disruption")]
    [InlineData("Gallium technology was prohibited from export.", "export_ban")] // read as nothing
    [InlineData("Beijing added lithium battery technology to its catalogue of technologies banned from export.", "export_ban")] // read as nothing
    public void Barred_and_cut_off_from(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The smelter casts gallium into bars for export.")]
    [InlineData("Gallium bars sold for $600 a kilogram in Rotterdam.")]
    [InlineData("The refinery ships gallium in bars and pellets to Japan.")]
    public void Gallium_bars_are_metal(string sentence)
    {
        // After a preposition a verb form other than a gerund is a noun ("into bars").
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("Trump says China agreed to supply magnets and rare earths \"up front\"", "down")] // read as nothing
    [InlineData("China has not agreed to supply gallium to US buyers.", "none")]
    public void Agreeing_to_supply_approves_shipments(string sentence, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(overall, result.Overall);
        Assert.All(result.Events, e => Assert.Equal("shipments_approved", e.Type));
    }

    [Theory]
    [InlineData("Antimony curbs spare Europe", "controls_eased", "down")] // read as the curbs (up)
    [InlineData("The new antimony controls spare shipments to the European Union.", "controls_eased", "down")]
    [InlineData("The gallium ban spared no one.", "export_ban", "none")] // a ban in force, named with "the": background, and no easing
    public void Controls_that_spare_a_buyer_ease(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("Gallium nitride chip output at Wolfspeed was unaffected by the controls.", "none")] // read as the controls (up)
    [InlineData("Gallium buyers were not affected by the export ban, traders said.", "none")]
    [InlineData("Nammo expects antimony supply to remain tight through 2026.", "up")] // read as nothing
    public void Unaffected_by_the_controls_is_no_control(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("The EU said it would stockpile gallium and germanium to cushion future supply shocks.", "none")] // read as a disruption (up)
    [InlineData("Japan built gallium reserves to guard against future shortages.", "none")] // read as a shortage (up)
    [InlineData("Analysts warned of future shortages of gallium if the ban returns.", "up")]
    public void A_shock_guarded_against_is_no_shock(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Graphite electrodes for steel mills are in short supply after China restricted exports.")] // read as an EV shortage
    [InlineData("Prices of ultra-high power graphite electrodes rose in October.")]
    public void Graphite_electrodes_for_steelmaking_are_no_battery_graphite(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("Indian automakers said magnet imports from China were stuck at ports awaiting clearance.", "export_delay", "up")] // read as nothing
    [InlineData("US imports of gallium fell 40% on the month.", "export_drop", "up")] // read as nothing
    [InlineData("Japan's JOGMEC will take a stake in an Australian rare earth project.", "new_capacity", "down")] // read as nothing
    public void Imports_held_or_falling_and_stakes_in_projects(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void Data_released_on_imports_is_no_release_of_imports()
    {
        Assert.Empty(Score("Chinese customs data on gallium imports were released on Friday.").Events);
    }

    [Theory]
    [InlineData("Customs released the held shipments of gallium at the port of Tianjin on Monday.", "down")] // read as nothing
    [InlineData("Chinese customs cleared detained consignments of germanium bound for Japan.", "down")]
    [InlineData("Customs have not released the held shipments of gallium.", "none")]
    public void Held_shipments_released_by_customs_resume(string sentence, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(overall, result.Overall);
        Assert.All(result.Events, e => Assert.Equal("shipments_resumed", e.Type));
    }

    [Fact]
    public void A_headline_that_bars_exports_is_a_ban()
    {
        // "Bars" was no verb (rules-52), for fear of the metal's bars.
        var result = NewsScorer.Default.Score(new NewsText("China Bars Dual-Use Gallium Exports to US Military Users", "", Published));

        Assert.Equal("export_ban", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Easing_fears_does_not_hedge_the_news_that_eases_them()
    {
        // "Fears" hedged the whole sentence: confidence 0.405 instead of 0.9.
        var result = Score("China said the suspension of its ban on gallium exports to the United States will be extended by one year, "
            + "easing fears of a new supply crunch for chipmakers.");

        var pause = Assert.Single(result.Events);
        Assert.Equal("controls_suspended", pause.Type);
        Assert.Equal(0.9, pause.Confidence, 3);
    }

    [Theory]
    [InlineData("The decision eased fears of a gallium supply crunch.", "none")] // a shortage, hedged (up)
    [InlineData("The news eased concerns about a shortage of rare earth magnets.", "none")]
    [InlineData("Chipmakers face a new supply crunch for gallium.", "up")] // "new supply" (capacity) hid the crunch
    [InlineData("Carmakers fear a new magnet shortage.", "up")]
    public void A_feared_shortage_that_eases_is_no_shortage(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("The magnet shortage eased in June.", "down")] // read as a shortage (up)
    [InlineData("The gallium shortage is over, traders said.", "down")]
    [InlineData("New licences eased the shortage of rare earth magnets.", "down")] // read as nothing
    [InlineData("The deal brought an end to the gallium shortage.", "down")]
    [InlineData("The magnet shortage has not eased.", "up")]
    [InlineData("The gallium shortage worsened in June.", "up")]
    [InlineData("The premium for non-Chinese germanium narrowed sharply.", "down")] // read as a price spike (up)
    [InlineData("The supply disruption at the antimony smelter has ended.", "down")] // read as a disruption (up)
    [InlineData("The shortage of gallium has hit chipmakers, and talks ended without a deal.", "up")]
    [InlineData("Gallium for delivery in Rotterdam traded at $600 a kilogram, down 30% on the week.", "down")] // an export drop (up), then nothing; its price fell
    public void A_shortage_that_eases_is_relief(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Magnet Makers Say Licence Delays Are Easing", "down")] // read as a delay (up)
    [InlineData("Licence delays for magnet exports have eased, suppliers said.", "down")] // read as a delay (up)
    [InlineData("Licence delays for magnets are getting worse.", "up")]
    [InlineData("Gallium licences were delayed again.", "up")]
    [InlineData("Antimony Prices Tumble After China Resumes Exports", "down")] // "tumble" was no verb (the resumption alone read down)
    public void Delays_that_ease_are_relief(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Volkswagen said magnet deliveries from China had improved and it expected no production stoppages.", "down")] // read as nothing
    [InlineData("Rare earth magnet supply improves as licences flow", "down")] // nothing
    [InlineData("Carmakers may cut production if magnet supplies from China do not improve.", "up")]
    [InlineData("Magnet quality has improved at Chinese plants.", "none")] // quality is no supply
    public void Supplies_that_improve_are_relief(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Beijing tightened its grip on gallium exports.", "up")]
    [InlineData("Beijing is loosening its grip on rare earth exports.", "down")] // read as nothing
    [InlineData("China relaxed its stranglehold on graphite exports.", "down")]
    [InlineData("Beijing has a firm grip on the rare earth market.", "none")]
    public void A_grip_on_exports_is_a_control_only_with_its_verb(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Exporters did not receive any licences for gallium this month.")]
    [InlineData("China said it would not grant any more licences for gallium exports to US defence firms.")]
    public void A_grant_of_not_any_is_a_refusal(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("up", Assert.Single(result.Events).Direction);
        Assert.Equal("up", Sector(result, "semiconductor").Direction);
    }

    [Theory]
    [InlineData("Beijing took five rare earth elements off its export control list.", "down")]
    [InlineData("China put gallium on its export control list.", "up")]
    [InlineData("Beijing added equipment for refining rare earths to its list of restricted exports.", "up")] // was nothing
    [InlineData("China removed gallium from its list of restricted exports.", "down")] // was nothing
    [InlineData("Antimony shipments to the US picked up sharply.", "down")]
    [InlineData("Trucks picked up the gallium at the port.", "none")]
    [InlineData("China cut the time it takes to approve gallium export licences to 20 days.", "down")]
    public void Taken_off_the_list_picked_up_and_faster_approvals(string sentence, string overall)
    {
        // "Cut the time" is no cut of licences; exports only pick up as a subject.
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Germanium began flowing again to European buyers this month after a nine-month halt.")] // read as nothing
    [InlineData("Rare earth magnets are moving again through Chinese ports.")] // nothing
    public void Goods_flowing_again_resumed(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "shipments_resumed" && !e.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China cut the licence fee for rare earth exports by half.", "controls_eased", "down")] // read as licences cut (up)
    [InlineData("China introduced a licence fee for gallium exports.", "export_control", "up")]
    public void A_licence_fee_is_a_restriction(string sentence, string type, string overall)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("European buyers said magnet deliveries from China were running four to six weeks late.")] // read as nothing
    [InlineData("Gallium shipments to Japan arrived two months late.")] // nothing
    [InlineData("Antimony deliveries to European smelters are running behind schedule.")] // nothing
    public void Deliveries_that_run_late_are_delayed(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_delay", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void A_plant_behind_schedule_delays_no_exports()
    {
        Assert.DoesNotContain(Score("The new magnet plant in Texas is running two years behind schedule.").Events, e => e.Type == "export_delay");
    }

    [Theory]
    [InlineData("Supplies of samarium are running low.", "shortage")] // none of these was an event
    [InlineData("Samarium supplies ran low in June.", "shortage")]
    [InlineData("Chinese customs blocked three containers of germanium.", "export_suspension")]
    [InlineData("Customs held up two truckloads of antimony at the border.", "export_delay")]
    [InlineData("Lynas doubled output of heavy rare earths at its Malaysian plant.", "new_capacity")]
    [InlineData("The Australian refinery tripled its gallium capacity.", "new_capacity")]
    public void Supplies_running_low_containers_held_and_output_doubled(string sentence, string type)
    {
        Assert.Equal(type, Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("China lifted last year's ban on gallium exports.", "controls_lifted")] // read as background
    [InlineData("Gallium prices have fallen back to last year's level.", "price_drop")] // read as background
    public void A_time_in_the_possessive_does_not_date_a_verb(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.False(Assert.Single(result.Events, e => e.Type == type).Background);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void A_time_in_the_possessive_dates_the_noun_it_names()
    {
        var ban = Assert.Single(Score("Last year's ban on gallium exports hurt chipmakers.").Events);

        Assert.Equal("export_ban", ban.Type);
        Assert.True(ban.Background);
    }

    [Theory]
    [InlineData("The first licences for gallium exports to the US since the pause ended were issued on Wednesday.", "down")] // a licence suspension (up)
    [InlineData("Rare earth magnet shipments ground to a halt.", "up")]
    [InlineData("Gallium exports have fallen since the pause ended.", "up")] // "fallen" was no verb
    [InlineData("Germanium prices have risen 40% since the pause ended.", "up")] // "risen" neither
    public void A_stop_word_after_the_is_a_noun_without_a_subject(string sentence, string overall)
    {
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Type == "licence_suspension");
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("The ministry said it would issue licences for gallium exports promptly.", "down")] // "issue" was no verb
    [InlineData("Analysts expect China to issue few licences for gallium exports before January.", "up")]
    [InlineData("Exporters face licence issues at the border.", "none")]
    public void Licences_China_will_issue(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Gallium prices doubled this week.", "up")]
    [InlineData("The company doubled its dividend.", "none")]
    [InlineData("The battery is running low.", "none")]
    public void Doubling_and_running_low_need_their_nouns(string sentence, string overall)
    {
        // "Doubled" raises capacity and prices, nothing else; "running low" needs a material.
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("China will stop requiring licences for exports of germanium to the EU.")] // a suspension of the licences (up)
    [InlineData("Beijing stopped requiring end-user certificates for graphite exports.")] // a stop of exports (up)
    [InlineData("China stopped imposing export controls on gallium.")] // new controls (up)
    public void A_requirement_that_stops_is_lifted(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_lifted", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China will stop issuing licences for graphite exports to the US.", "up")]
    [InlineData("Beijing suspended issuing export permits for antimony.", "up")]
    [InlineData("China will resume issuing licences for graphite exports to the US.", "down")]
    public void A_gerund_between_a_verb_and_its_object_is_part_of_the_object(string sentence, string overall)
    {
        var result = Score(sentence);

        Assert.Single(result.Events);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("Officials said licences for magnet exports to European carmakers were being granted more slowly than in the summer.", "up")]
    [InlineData("Officials said licences for magnet exports to European carmakers were being granted faster than in the summer.", "down")]
    [InlineData("Licence applications for magnet exports are now processed faster, exporters said.", "down")] // read as nothing
    [InlineData("Licences for antimony exports are coming through faster now, traders said.", "down")] // read as nothing
    [InlineData("China suspended the rule requiring licences for products containing Chinese rare earths.", "down")]
    [InlineData("China imposed a rule requiring licences for gallium exports.", "up")]
    [InlineData("The truce on rare earth controls is in danger of collapsing as both sides trade accusations.", "up")]
    public void Slower_grants_rules_requiring_licences_and_collapsing_truces(string sentence, string overall)
    {
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Exporters said gallium licences were still being approved, though more slowly than before.")] // read as grants going on, background
    [InlineData("Gallium licences were approved, but only slowly.")] // read as licences granted
    public void Grants_told_as_slow_after_a_concession_are_news_of_a_slowdown(string sentence)
    {
        var ev = Assert.Single(Score(sentence).Events);

        Assert.Equal("up", ev.Direction);
        Assert.False(ev.Background);
    }

    [Fact]
    public void Slowly_in_another_clause_leaves_a_grant_alone()
    {
        var result = Score("Gallium licences were approved, and prices fell slowly.");

        Assert.Contains(result.Events, e => e.Type == "export_licence_granted" && e.Direction == "down");
    }

    [Theory]
    [InlineData("Gallium buyers scramble as China tightens checks", "up")]
    [InlineData("Customs officers stepped up inspections of antimony shipments.", "up")]
    [InlineData("China increased checks on rare earth magnet exports.", "up")] // read as nothing
    [InlineData("Beijing Steps Up Checks On Magnet Shipments", "up")] // nothing
    [InlineData("Beijing intensified scrutiny of germanium shipments.", "up")]
    [InlineData("China increased gallium exports to Europe in May.", "down")] // increased exports rise; "increased" tightens only controls
    [InlineData("China relaxed inspections of gallium shipments.", "down")]
    [InlineData("Several gallium cargoes have been held at ports for more than a week.", "up")]
    [InlineData("Talks on gallium were held at the ministry.", "none")]
    [InlineData("Gallium makers passed quality inspections.", "none")]
    public void Checks_and_inspections_are_controls_and_cargoes_held_at_ports_are_delayed(string sentence, string overall)
    {
        // Checks make no event alone (a plant may stop "for safety checks"); a verb that
        // tightens or relaxes them does.
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Exporters of antimony must now provide end-user certificates.", "up")]
    [InlineData("Applications for gallium exports to military end users will be rejected.", "up")]
    [InlineData("End users of gallium include chipmakers.", "none")]
    public void End_users_are_no_ending(string sentence, string overall)
    {
        // "End-user" folds to "end user", whose "end" read as a verb that lifts controls.
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("Traders expect more gallium licences before year end.")] // read as the licences ended: controls lifted
    [InlineData("Exporters expect more gallium licences by year-end.")] // the same
    [InlineData("Gallium licences issued at month end covered small lots.")]
    public void A_year_end_ends_nothing(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type is "controls_lifted" or "controls_eased");
    }

    [Theory]
    [InlineData("The antimony smelter hired new staff.", "none")]
    [InlineData("The antimony smelter hired new staff for background checks.", "none")]
    [InlineData("A conference on rare earth supply was held at the ministry on Tuesday.", "none")]
    [InlineData("A new gallium refinery opened in Western Australia.", "down")]
    [InlineData("Lynas opened its first heavy rare earth separation plant outside China.", "down")]
    public void New_qualifies_what_follows_and_checks_and_meetings_are_no_controls(string sentence, string overall)
    {
        // "New" and "first" pair with a noun after them only; capacity "outside China" is not
        // capacity in China, which counts for little.
        Assert.Equal(overall, Score(sentence).Overall);
    }

    [Theory]
    [InlineData("If Beijing does not extend the suspension, the ban on gallium exports to the US will return on Friday.", "export_ban")]
    [InlineData("If China does not act, gallium exports will stop.", "export_suspension")]
    public void The_comma_that_ends_a_condition_keeps_its_verb_and_negation_inside(string sentence, string type)
    {
        // "Extend the suspension" took "the ban" across the comma, and the pair, begun inside
        // the condition, did not count; nor may the condition's "not" negate the main clause.
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Last_November_in_a_November_article_is_a_year_back()
    {
        var published = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        var last = NewsScorer.Default.Score(new NewsText("", "China suspended its ban on gallium exports last November.", published));
        var current = NewsScorer.Default.Score(new NewsText("", "China suspended its ban on gallium exports in November.", published));

        Assert.True(Assert.Single(last.Events).Background);
        Assert.False(Assert.Single(current.Events).Background);
    }

    [Theory]
    [InlineData("Beijing dismissed reports that it planned to curb graphite exports.")]
    [InlineData("The ministry denied reports that gallium shipments to Japan had been halted.")]
    [InlineData("Magnet exports are unlikely to recover before next year.")]
    [InlineData("China is unlikely to lift its ban on gallium exports this year.")]
    public void Dismissed_reports_and_unlikely_events_are_no_events(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Fact]
    public void Only_a_handful_of_licences_is_as_few_as_few()
    {
        var result = Score("Only a handful of licences for gallium exports have been granted this week.");

        Assert.Equal("up", Assert.Single(result.Events).Direction);
        Assert.Equal("up", Sector(result, "semiconductor").Direction);
    }

    [Theory]
    [InlineData("Only a fraction of applications for magnet export licences have been approved so far.")] // read as a grant
    [InlineData("China has approved only a fraction of licence applications for gallium.")] // read as a grant
    [InlineData("Only 25% of applications for rare earth magnet exports were approved this month.")] // read as a grant
    [InlineData("China approved just 10 per cent of the licence applications for gallium.")] // read as a grant
    [InlineData("Only 40 percent of the applications for germanium licences have been granted.")] // read as a grant
    public void A_grant_of_only_a_small_share_is_a_refusal_of_the_rest(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_licence_granted_reversed", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China approved 90% of licence applications for gallium.")]
    [InlineData("Only 5% of Japan's gallium comes from China, but licences were granted this week.")]
    [InlineData("Gallium exports have recovered to only a fraction of pre-ban levels.")]
    public void A_share_that_is_not_a_small_share_of_the_grant_leaves_it_easing(string sentence)
    {
        Assert.Equal("down", Score(sentence).Overall);
    }

    [Fact]
    public void Approvals_accelerated_are_easing()
    {
        var result = Score("Chinese officials said licence approvals for magnets would be accelerated.");

        Assert.Equal("export_licence_granted", Assert.Single(result.Events).Type);
        Assert.Equal("down", Sector(result, "ev").Direction);
    }

    [Fact]
    public void Exports_a_ban_covers_are_not_the_shipments_it_hits()
    {
        // The exports after "ban on" are covered; the shipments after the verb are its object.
        var result = Score("The ban on gallium exports hit shipments to Japan.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Contains(result.Events, e => e.Type == "export_suspension");
    }

    [Theory]
    [InlineData("Officials have stopped processing licence applications for antimony exports to the US.", "licence_suspension")] // a production cut
    [InlineData("China resumed processing licence applications for rare earth exports.", "export_licence_granted")] // production resumed
    [InlineData("Applications for graphite export licences are piling up, traders said.", "licence_delay")] // read as nothing
    public void Applications_processed_stopped_or_piling_up_are_licences_not_production(string sentence, string type)
    {
        Assert.Equal(type, Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("Beijing added rare earth refining know-how to the list of technologies that cannot be exported without approval.", "export_control")] // read as nothing
    [InlineData("Under the new rules, gallium can only be exported with a licence.", "export_control")]
    [InlineData("Gallium metal can no longer be exported to the United States.", "export_ban")] // read as nothing
    [InlineData("Germanium wafers may not be exported to US military users.", "export_ban")] // read as nothing
    [InlineData("China will require exporters of gallium and germanium to declare the final destination of every shipment to stop transshipment through third countries.", "export_control")] // read as shipments stopped
    [InlineData("Exporters of rare earths must now register each shipment in a central database.", "export_control")] // read as nothing
    public void What_cannot_be_exported_or_must_be_declared_is_controlled(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The controls pushed tungsten prices to record highs.")] // read as the controls only
    [InlineData("Antimony prices climbed to all-time highs in Rotterdam.")]
    [InlineData("Germanium prices reached an all-time high of $5,000 per kilogram in Rotterdam on Tuesday.")] // read as nothing
    [InlineData("Gallium prices touched an all-time high this week.")] // read as nothing
    public void Prices_at_record_or_all_time_highs_spiked(string sentence)
    {
        Assert.Contains(Score(sentence).Events, e => e.Type == "price_spike");
    }

    [Theory]
    [InlineData("Tungsten prices hit a record high this week as Chinese exports of the metal dried up.")]
    [InlineData("Antimony prices surged to an all-time high this month as Chinese smelters cut output and exports from Tajikistan fell.")]
    public void Exports_after_a_rising_price_are_not_what_rose(string sentence)
    {
        // Exports rise on their own; a rise verb takes the exports before it, never after.
        var result = Score(sentence);

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Without_negates_its_own_phrase_only()
    {
        var curbs = Score("Without an extension, the curbs on germanium exports to American firms return on Saturday.");
        var shipments = Score("Gallium shipments to Japan were approved without licences being required.");

        Assert.Equal("up", curbs.Overall);
        Assert.DoesNotContain(shipments.Events, e => e.Direction == "up");
    }

    [Theory]
    [InlineData("Rather than banning exports, Beijing chose to tighten licence reviews for germanium.")] // read as a ban as well
    [InlineData("China tightened licence reviews for germanium rather than banning exports.")] // a ban as well
    public void What_was_done_rather_than_a_ban_is_no_ban(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_control", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Relief_set_aside_with_instead_of_is_no_relief()
    {
        var result = Score("Instead of lifting the curbs on gallium exports, China extended them to three more metals."); // read as the curbs lifted (down)

        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
    }

    [Fact]
    public void Controls_described_as_a_tool_are_no_new_controls()
    {
        var described = Score("China has used export controls on critical minerals as leverage in trade talks before.");
        var imposed = Score("Beijing imposed export controls on gallium as leverage in the talks.");

        Assert.Empty(described.Events);
        Assert.Equal("up", imposed.Overall);
    }

    [Fact]
    public void Exports_that_must_be_licensed_again_are_a_licence_requirement()
    {
        var result = Score("Gallium exports to the US must once again be licensed.");

        Assert.Equal("licence_requirement", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void What_comes_after_by_did_it_and_is_not_the_object()
    {
        // "delayed" can delay controls (relief) too; the licence checks here are the agent.
        var result = Score("Deliveries of germanium to European optics makers have been delayed by licence checks.");

        Assert.Equal("export_delay", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void New_licences_are_permits_and_a_new_licence_rule_is_a_requirement()
    {
        var permits = Score("Chinese exporters resumed antimony shipments to Europe under new licences.");
        var rule = NewsScorer.Default.Score(new NewsText("New licence rule for products with Chinese rare earths", "", Published));

        Assert.DoesNotContain(permits.Events, e => e.Direction == "up");
        Assert.Equal("down", permits.Overall);
        Assert.Equal("licence_requirement", Assert.Single(rule.Events).Type);
    }

    [Fact]
    public void A_licence_scheme_for_large_customers_is_no_requirement()
    {
        // A scheme of licences is relief as often as a rule; only "licence rule", "regime" and
        // "system" name a requirement.
        var result = Score("Industry groups expect a licence scheme for large gallium customers within months.");

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
    }

    [Fact]
    public void An_agreement_to_buy_is_an_offtake_not_a_truce()
    {
        var result = Score("A US defence contractor has signed an agreement to buy gallium from a new plant in Western Australia.");

        Assert.Contains(result.Events, e => e.Type == "offtake_deal");
        Assert.DoesNotContain(result.Events, e => e.Type == "truce");
    }

    [Theory]
    [InlineData("The EU and China agreed to set up an export control dialogue on rare earths.")] // read as new controls (up)
    [InlineData("The EU and China held talks on export controls for rare earths.")] // new controls
    [InlineData("Officials from both sides met for export control consultations on gallium.")] // new controls
    public void Talks_about_export_controls_impose_none(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "export_control");
    }

    [Theory]
    [InlineData("Chinese authorities are investigating several rare earth exporters for violating licence rules.")] // read as a new licence requirement
    [InlineData("Traders evaded the gallium export controls by shipping through Thailand.")] // read as new controls
    [InlineData("Two firms were fined for breaching the antimony export ban.")] // read as a new ban
    public void Rules_someone_is_accused_of_breaking_impose_none(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Direction == "up" && !e.Background);
    }

    [Fact]
    public void Controls_that_take_effect_beside_talks_still_count()
    {
        var result = Score("The US and China held talks on rare earths as new export controls on gallium took effect.");

        Assert.Contains(result.Events, e => e.Type == "export_control" && !e.Background);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Japan and Australia signed a deal to develop rare earth projects outside China.", "supply_partnership", "truce")] // read as a truce
    [InlineData("The EU signed a deal with Ukraine covering lithium and graphite deposits.", "supply_partnership", "truce")] // a truce
    [InlineData("Japan and the Netherlands signed an agreement on gallium supply.", "supply_partnership", "truce")] // a truce: the Netherlands was no country
    [InlineData("Japan signed a deal with Australia to fund a dysprosium refinery, aiming to reduce reliance on China.", "supply_partnership", "truce")] // a truce: China was named
    [InlineData("Automakers reduced their exposure to Chinese magnets by signing deals with Australian suppliers.", "supply_partnership", "truce")] // a truce: China and one other country
    [InlineData("The United States and China signed a trade deal covering rare earth exports.", "truce", "supply_partnership")]
    [InlineData("China and the United States agreed a truce on rare earth exports, Japan said.", "truce", "supply_partnership")]
    [InlineData("The rare earth truce held through the summer.", "truce", "supply_partnership")] // no country: the truce named as such
    public void A_deal_without_the_dominant_supplier_is_a_partnership_not_a_truce(string sentence, string type, string notType)
    {
        var events = Score(sentence).Events;

        Assert.Contains(events, e => e.Type == type && e.Direction == "down");
        Assert.DoesNotContain(events, e => e.Type == notType);
    }

    [Theory]
    [InlineData("Vulcan Elements signed an agreement to recycle magnets for the Pentagon.", "recycling")] // also a truce
    [InlineData("MP Materials signed an agreement to build a magnet plant in Texas.", "new_capacity")] // also a truce
    [InlineData("Japan signed a deal with Lynas to develop a dysprosium refinery.", "new_capacity")] // also a truce
    public void An_agreement_to_do_industrial_work_is_that_work_and_no_truce(string sentence, string type)
    {
        Assert.Equal(type, Assert.Single(Score(sentence).Events).Type);
    }

    [Fact]
    public void A_deal_to_secure_supplies_is_the_deal_alone()
    {
        var events = Score("The US and Japan signed an agreement to secure supplies of critical minerals and rare earths.").Events; // also supplies granted

        Assert.Equal("supply_partnership", Assert.Single(events).Type);
    }

    [Theory]
    [InlineData("India's rare earth company was asked to suspend an export agreement with Japan to keep supplies at home.")] // was a partnership (down)
    [InlineData("Japan and Australia scrapped their trade deal on rare earths.")] // was the end of a truce
    public void A_partnership_that_ends_gives_its_supply_back(string sentence)
    {
        var events = Score(sentence).Events;

        Assert.Contains(events, e => e.Type == "supply_partnership_reversed" && e.Direction == "up");
        Assert.DoesNotContain(events, e => e.Direction == "down");
    }

    [Fact]
    public void What_despite_introduces_is_known_not_news()
    {
        var stable = Score("Posco Future M said Chinese graphite supplies were stable despite the controls.");
        var banned = Score("Despite the truce, China banned gallium exports to the US on Friday.");

        Assert.All(stable.Events, e => Assert.True(e.Background));
        Assert.Equal("export_ban", Assert.Single(banned.Events, e => !e.Background).Type);
    }

    [Theory]
    [InlineData("Chinese graphite anode makers cut output amid export curbs.", "export_control", "production_cut")] // the curbs were news
    [InlineData("Gallium prices rose amid the export ban.", "export_ban", "price_spike")] // the ban was news
    [InlineData("Supplies of germanium were stable despite tighter controls.", "export_control", null)]
    [InlineData("Even after the truce, exports of magnets fell.", "truce", "export_drop")] // the truce was news
    [InlineData("Gallium exports remain weak even after the truce.", "truce", null)]
    [InlineData("Japan is stockpiling dysprosium amid Chinese curbs.", "export_control", null)] // read as new curbs: "Chinese" stood between
    [InlineData("Japan Stockpiles Dysprosium Amid Chinese Export Curbs", "export_control", null)] // the same
    public void What_amid_despite_or_even_after_introduces_is_known_not_news(string sentence, string context, string? news)
    {
        var result = Score(sentence);

        Assert.True(Assert.Single(result.Events, e => e.Type == context).Background);
        if (news is not null)
        {
            Assert.False(Assert.Single(result.Events, e => e.Type == news).Background);
        }
    }

    [Theory]
    [InlineData("The germanium price has more than doubled this year on supply fears.", null)]
    [InlineData("Antimony prices rose on renewed supply worries.", null)]
    [InlineData("Gallium prices rose amid fears of a new ban on exports.", "export_ban")]
    [InlineData("Gallium prices jumped on fears that China would halt exports.", "export_suspension")] // 'would' is inside the fear
    [InlineData("Gallium prices hit a record this week as worries about supply grew.", null)]
    public void A_fear_that_explains_a_move_hedges_only_what_is_feared(string sentence, string? feared)
    {
        var result = Score(sentence);

        Assert.Equal(0.9, Assert.Single(result.Events, e => e.Type == "price_spike").Confidence, 3);
        if (feared is not null)
        {
            Assert.True(Assert.Single(result.Events, e => e.Type == feared).Confidence < 0.9);
        }
    }

    [Theory]
    [InlineData("China halted gallium exports to the US, citing national security concerns.", "export_suspension")]
    [InlineData("Exports of antimony collapsed in October, deepening concerns among defence suppliers.", "export_drop")]
    [InlineData("Beijing banned germanium sales to US firms, a move that raised concerns in Europe.", "export_ban")]
    [InlineData("China lifted its ban on gallium exports to the US, the commerce ministry said, in a potential boost for chipmakers.", "controls_lifted")]
    [InlineData("Carmakers are worried after exports of magnets fell 40% in October.", "export_drop")] // the worry's cause follows it
    public void A_worry_about_what_happened_casts_no_doubt_on_it(string sentence, string type)
    {
        Assert.Equal(0.9, Assert.Single(Score(sentence).Events, e => e.Type == type).Confidence, 3);
    }

    [Theory]
    [InlineData("Fears of a new ban sent gallium prices higher.")]
    [InlineData("Concerns are growing that China will ban gallium exports.")]
    [InlineData("A new ban on gallium exports is feared by chipmakers.")] // passive: what is feared comes first
    [InlineData("Gallium prices jumped on export ban fears.", "export_ban")] // the ban is the fear's first word
    [InlineData("China stopped germanium shipments to two Dutch refiners, citing export control concerns.", "export_control")]
    public void What_a_worry_is_about_stays_hedged(string sentence, string? feared = null)
    {
        var result = Score(sentence);

        Assert.NotEmpty(result.Events);
        Assert.All(result.Events.Where(e => feared is null || e.Type == feared), e => Assert.True(e.Confidence < 0.9));
        Assert.True(feared is null || result.Events.Any(e => e.Type == feared));
    }

    [Fact]
    public void Fears_that_open_the_sentence_still_hedge_it()
    {
        var result = Score("Fears of a new ban sent gallium prices higher.");

        Assert.All(result.Events, e => Assert.True(e.Confidence < 0.9));
    }

    [Theory]
    [InlineData("As demand recovered, prices of germanium rose.", "price_spike")]
    [InlineData("Neo Performance closed its magnet plant in Estonia, citing weak demand.", "plant_stoppage")]
    [InlineData("European gallium stocks have shrunk to about two months of demand.", "shortage")]
    [InlineData("Strong demand from carmakers pushed dysprosium prices up 20%.", "price_spike")]
    public void The_markets_demand_is_no_request_and_no_hedge(string sentence, string type)
    {
        Assert.Equal(0.9, Assert.Single(Score(sentence).Events, e => e.Type == type).Confidence, 3);
    }

    [Theory]
    [InlineData("The US will demand that China lift its ban on gallium exports.", "controls_lifted")]
    [InlineData("The EU demanded that Beijing resume rare earth exports.", "shipments_resumed")]
    public void A_demand_made_of_China_is_only_a_request(string sentence, string type)
    {
        Assert.True(Assert.Single(Score(sentence).Events, e => e.Type == type).Confidence < 0.9);
    }

    private static SectorScore Sector(ScoreResult result, string sector) => result.Sectors.Single(s => s.Sector == sector);
}
