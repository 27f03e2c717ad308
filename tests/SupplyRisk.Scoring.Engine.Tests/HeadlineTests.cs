namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Headlines in title case, scored alone: the words that carry the news must be read
/// as the event, in the right direction.</summary>
public sealed class HeadlineTests
{
    private static readonly DateTimeOffset Published = new(2025, 10, 15, 10, 0, 0, TimeSpan.Zero);

    private static ScoreResult Headline(string title) => NewsScorer.Default.Score(new NewsText(title, "", Published));

    [Fact]
    public void A_general_word_in_the_title_means_the_materials_the_story_names()
    {
        var result = NewsScorer.Default.Score(new NewsText(
            "Beijing cracks down on smuggling of strategic minerals",
            "Customs officers will inspect more cargoes of gallium and antimony bound for Southeast Asia.", Published));

        var title = Assert.Single(result.Events, e => e.Evidence.Start == 0);
        Assert.Equal(["antimony", "gallium"], title.Materials.Order());
        Assert.DoesNotContain(result.Sectors, s => s.Sector == "ev" && s.Contribution != 0); // critical minerals reached every sector
    }

    [Fact]
    public void A_general_word_in_a_title_over_a_story_without_materials_keeps_its_reach()
    {
        var result = Headline("Beijing cracks down on smuggling of strategic minerals");

        Assert.Equal(["critical_minerals"], Assert.Single(result.Events).Materials);
    }

    [Theory]
    [InlineData("Gallium Truce Ends", "truce_reversed", "up")] // read as a truce (down)
    [InlineData("US-China Gallium Truce Will End", "truce_reversed", "up")] // the same: "will end." needs its full stop
    [InlineData("Gallium Truce to End", "truce_reversed", "up")] // the same
    [InlineData("Truce on Rare Earths Ends as Talks Stall", "truce_reversed", "up")] // the same
    [InlineData("Truce Ends Trade War Over Gallium", "truce", "down")]
    public void A_truce_that_ends_in_a_headline_gives_the_risk_back(string title, string type, string overall)
    {
        var result = Headline(title);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void A_headline_ends_as_a_full_stop_does()
    {
        // The line break after a title is where "remains." finds its full stop; the ban that
        // remains is one in force (background), as in "the gallium ban remains."
        var result = Headline("Gallium Ban Remains");

        var ban = Assert.Single(result.Events);
        Assert.Equal("export_ban", ban.Type);
        Assert.True(ban.Background);
    }

    [Fact]
    public void Falling_prices_are_easing_and_do_not_take_the_exports_beside_them()
    {
        // "Slump" once paired with "Exports" (exports falling, tightening) and left "Resumes"
        // without a noun.
        var result = Headline("Antimony Prices Slump As China Resumes Exports");

        Assert.Contains(result.Events, e => e.Type == "price_drop" && e.Direction == "down");
        Assert.Contains(result.Events, e => e.Type == "shipments_resumed");
        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
    }

    [Theory]
    [InlineData("China Tightens Rare Earth Rules Again", "export_control", "up")] // read as nothing: bare "rules" was no control
    [InlineData("China Eases Rare Earth Rules", "controls_eased", "down")]
    [InlineData("China's New Rare Earth Rules Take Effect", "export_control", "up")]
    public void Rules_named_by_their_material_are_export_controls(string title, string type, string overall)
    {
        var result = Headline(title);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("Beijing rolled back its October rules on gallium exports.", "controls_lifted", "down")] // read as nothing: no material right before "rules"
    [InlineData("China tightened its rules for rare earth exports again.", "export_control", "up")] // nothing
    [InlineData("China tightened its rules on antimony shipments to the United States.", "export_control", "up")] // nothing
    public void Rules_on_a_material_or_its_exports_are_export_controls(string sentence, string type, string overall)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void Rules_that_name_no_material_before_them_are_not_export_controls()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "The EU tightened its rules on recycling rare earth magnets from old cars.", Published));

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
    }

    [Fact]
    public void Supply_that_tightens_is_a_shortage_not_an_export_control()
    {
        // "tightens" is a restricting verb; with the supply as its subject, nobody restricts.
        var result = Headline("Antimony Hits Record as Supply Tightens");

        Assert.Contains(result.Events, e => e.Type == "shortage");
        Assert.DoesNotContain(result.Events, e => e.Type == "export_control");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Graphite Anode Exports Face New Licence Hurdle", "licence_requirement")]
    [InlineData("Carmakers Scramble as Magnet Supplies Run Short", "shortage")]
    [InlineData("Germanium Buyers Brace for Tighter Supply", "shortage")]
    public void Hurdles_and_supplies_that_run_short_are_tightening(string title, string type)
    {
        var result = Headline(title);

        Assert.Contains(result.Events, e => e.Type == type && e.Direction == "up");
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China Extends Gallium Export Ban Pause by a Year", "controls_suspended", "down")]
    [InlineData("China Ends Gallium Export Ban Pause", "controls_suspended_reversed", "up")]
    [InlineData("China Keeps Gallium Ban on Hold for US Buyers", "controls_suspended", "down")]
    [InlineData("Gallium Ban Pause Ends", "controls_suspended_reversed", "up")] // read as the pause (down)
    [InlineData("Chipmakers Worry as Gallium Export Ban Pause Ends", "controls_suspended_reversed", "up")]
    [InlineData("Gallium Ban Pause Extended", "controls_suspended", "down")]
    [InlineData("US Chipmakers Brace as Gallium Ban Pause Nears End", "controls_suspended_reversed", "up")] // read as the pause (down)
    [InlineData("Gallium Export Ban Pause Draws to a Close", "controls_suspended_reversed", "up")]
    public void A_ban_pause_in_a_headline_is_the_pause(string title, string type, string overall)
    {
        // "Pause" right after "Export Ban" makes a compound with it: neither the verb of the ban
        // nor a pause that ends the ban anew.
        var result = Headline(title);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void Prices_that_slide_in_the_present_are_easing()
    {
        Assert.Equal("down", Headline("Gallium Prices Slide as China Extends Export Relief").Overall);
    }

    [Fact]
    public void Prices_that_slide_are_easing()
    {
        var result = Headline("Gallium Prices Slid For A Third Week");

        Assert.Equal("price_drop", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China's Rare Earth Exports Rose 20% In A Year", "export_rise")]
    [InlineData("Rare Earth Exports Hit Their Highest Level In A Year", "export_rise")]
    [InlineData("Neodymium Prices Eased As Chinese Supply Increased", "price_drop")]
    public void Exports_that_rise_and_prices_that_ease_are_easing(string title, string type)
    {
        var result = Headline(title);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Dysprosium Price Doubles in Rotterdam", "price_spike", "up")] // read as nothing
    [InlineData("Germanium Price Triples in a Year", "price_spike", "up")] // read as nothing
    [InlineData("Terbium Prices Leap as Chinese Supply Dries Up", "price_spike", "up")] // read as nothing
    [InlineData("Gallium Exports to Japan Grow for a Third Month", "export_rise", "down")] // read as nothing
    [InlineData("Antimony Prices Drop as Chinese Shipments Resume", "price_drop", "down")] // read as shipments resumed alone
    [InlineData("Antimony prices ease as Chinese supply returns - traders", "price_drop", "down")] // read as supply returning alone
    [InlineData("Neodymium Prices Soften as Licences Flow", "price_drop", "down")] // read as nothing
    [InlineData("Germanium Buyers Face Months-Long Wait for Chinese Licences", "licence_delay", "up")] // read as nothing
    [InlineData("European Firms Waiting on Magnet Licences", "licence_delay", "up")] // read as nothing
    public void Verbs_in_the_present_and_waits_named_as_nouns_are_read(string title, string type, string overall)
    {
        var result = Headline(title);

        Assert.Contains(result.Events, e => e.Type == type);
        Assert.Equal(overall, result.Overall);
    }

    [Theory]
    [InlineData("European Parts Makers Shut Lines Over Magnet Shortage", "up")]
    [InlineData("Carmakers Restart Lines As Magnets Arrive", "down")]
    [InlineData("Border Crossing For Rare Earth Ore Reopens", "down")]
    [InlineData("Myanmar Closes Border Gates To Rare Earth Ore", "up")]
    public void Lines_and_border_crossings_are_what_stops_and_restarts(string title, string direction)
    {
        Assert.Equal(direction, Headline(title).Overall);
    }

    [Theory]
    [InlineData("China Extends Pause On Gallium Export Ban To US By A Year", "down")]
    [InlineData("China Renewed Suspension Of Gallium Export Ban", "down")]
    [InlineData("China Will Not Extend Suspension Of Gallium Ban", "up")]
    public void A_pause_extended_without_an_article_is_still_relief(string title, string direction)
    {
        // Headlines drop "the": "extends pause on" read as the ban alone, a tightening.
        Assert.Equal(direction, Headline(title).Overall);
    }

    [Theory]
    [InlineData("Rare Earth Magnet Exports From China Rose 12% This Month", "down")]
    [InlineData("Shipments Of Rare Earth Magnets To The US More Than Doubled This Month", "down")]
    [InlineData("Supply Risk For Gallium Rose Sharply This Week", "none")]
    [InlineData("Concerns Over Rare Earth Supplies Rose After The Announcement", "none")]
    public void Exports_that_rise_away_from_their_verb_are_easing_and_supplies_are_not_exports(string title, string direction)
    {
        Assert.Equal(direction, Headline(title).Overall);
    }

    [Fact]
    public void Output_that_jumps_is_easing_and_leaves_the_falling_price_alone()
    {
        // "Jumps" had no partner in its clause and took the price across "as" (a price spike).
        var result = Headline("Gallium Price Slumps As Chinese Output Jumps");

        Assert.Contains(result.Events, e => e.Type == "price_drop");
        Assert.Contains(result.Events, e => e.Type == "production_rise");
        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
    }

    [Theory]
    [InlineData("Production Costs For Magnets Rose Sharply", "none")]
    [InlineData("Customs Launch Crackdown On Illegal Exports Of Antimony", "up")]
    public void Costs_are_not_output_and_a_crackdown_on_illegal_exports_is_tightening(string title, string direction)
    {
        Assert.Equal(direction, Headline(title).Overall);
    }

    [Fact]
    public void Separation_is_production_that_can_start()
    {
        var result = Headline("Lynas Starts Heavy Rare Earth Separation In Malaysia");

        Assert.Equal("new_capacity", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void A_supply_pact_is_a_supply_deal_not_a_trade_truce()
    {
        var result = Headline("Japan, Australia Sign Rare Earth Supply Pact");

        Assert.Equal("offtake_deal", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China Plans Fresh Curbs on Rare Earth Technology")] // read as curbs imposed, not hedged
    [InlineData("China Said to Plan New Curbs on Graphite Exports")] // the same
    public void Curbs_a_government_plans_are_hedged(string title)
    {
        var curbs = Assert.Single(Headline(title).Events);

        Assert.Equal("export_control", curbs.Type);
        Assert.True(curbs.Confidence < 0.5);
    }

    [Theory]
    [InlineData("Explainer: what China's new export rules mean")]
    [InlineData("Opinion: The West must end its rare earth dependence")]
    [InlineData("ANALYSIS-Chipmakers brace for gallium curbs")]
    [InlineData("Timeline \u2013 China's rare earth controls")]
    [InlineData("Five things to know about the gallium ban")] // was news
    [InlineData("China's gallium curbs: what they mean for chipmakers")] // was news
    [InlineData("Gallium: what the ban means for chipmakers")] // was news
    [InlineData("China's new rare earth rules and why it matters")] // was news
    [InlineData("What the end of the gallium truce means for chipmakers")] // was news
    [InlineData("Gallium ban: what happens next?")] // was news
    public void A_piece_that_explains_or_comments_tells_its_events_as_background(string title)
    {
        const string body = "China banned exports of gallium and germanium to the United States on Monday.";
        var told = NewsScorer.Default.Score(new NewsText(title, body, Published));
        var reported = NewsScorer.Default.Score(new NewsText("China bans gallium exports to US", body, Published));

        Assert.NotEmpty(told.Events);
        Assert.All(told.Events, e => Assert.True(e.Background));
        Assert.Contains(reported.Events, e => !e.Background);
        Assert.True(told.OverallContribution < reported.OverallContribution);
    }

    [Theory]
    [InlineData("China's analysis of gallium exports shows a ban")] // the word inside, not a label
    [InlineData("Comment period opens on US gallium rules")] // no label punctuation
    [InlineData("Chipmakers ask what the gallium ban will cost; Beijing says it means business")] // "means" not "means for"
    public void A_title_that_only_uses_the_word_is_no_label(string title)
    {
        Assert.False(SupplyRisk.Scoring.Engine.Events.ClauseText.IsExplainerTitle(title));
    }
}
