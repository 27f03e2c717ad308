namespace SupplyRisk.Scoring.Engine.Tests;

public sealed class NegativeTests
{
    private static readonly DateTimeOffset Published = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("A rare comeback", "In a rare turn of events, the home side scored three late goals and halted a losing streak.")]
    [InlineData("New MRI suite opens", "The hospital said its MRI magnets need helium, and a shortage of the gas has delayed scans for patients.")]
    [InlineData("Toy recall", "Officials halted sales of magnetic toys after children swallowed the small magnets.")]
    [InlineData("Chip curbs widen", "Washington tightened export controls on advanced AI chips and banned sales of some chipmaking tools to China.")]
    [InlineData("Tariff threat", "The president threatened new tariffs on Chinese goods, and stocks fell sharply on Friday.")]
    [InlineData("Miners rally", "Shares of rare earth miners jumped 20% as investors piled into the sector.")]
    [InlineData("Market share", "China controls about 90% of rare earth processing, analysts noted.")]
    [InlineData("Gallium quotes", "Dealers said quotes for gallium outside China had been edging up since the summer.")]
    [InlineData("Miners abroad", "Shares in rare-earth companies outside China rose sharply on the news.")]
    [InlineData("Planners", "The Commission likes rare-earth magnet projects, and China's National Development and Reform Commission studies graphite plants.")]
    [InlineData("Names", "Block Energy, a British company, holds a stake in a graphite mine, and analysts at Rise Capital said gallium prices were stable.")]
    [InlineData("Reliance", "Brussels wants carmakers to cut reliance on Chinese rare earths, and projects to reduce dependence on imports are under way.")]
    [InlineData("Chips, not magnets", "Carmakers warned of a shortage of chips, not magnets, after floods shut plants in Malaysia.")]
    [InlineData("Gift shop", "Fridge magnets were hard to find in the museum shop over the holidays.")]
    [InlineData("Hospital halts gallium scans amid isotope shortage", "The hospital stopped offering gallium-67 scans because of a shortage of the isotope from its supplier.")] // read as a gallium shortage
    [InlineData("Back to school", "Prices for graphite pencils rose after the school year started.")] // read as a graphite price spike
    [InlineData("Golf gear", "Shops ran short of graphite shafts for drivers before the tournament.")]
    [InlineData("Tackle", "A lack of graphite fishing rods frustrated anglers this spring.")]
    [InlineData("Element names", "Dysprosium is named after the Greek word for hard to get.")] // read as a dysprosium shortage
    [InlineData("Deal blocked", "The sale of the antimony mine to a Chinese buyer was halted by regulators.")] // read as a mine stoppage
    [InlineData("Takeover blocked", "Regulators blocked the acquisition of a graphite mine in Canada by a Chinese firm.")] // the same
    public void Irrelevant_items_give_no_direction(string title, string body)
    {
        var result = NewsScorer.Default.Score(new NewsText(title, body, Published));

        Assert.Equal("none", result.Overall);
        Assert.All(result.Sectors, s => Assert.Equal("none", s.Direction));
        Assert.All(result.Sectors, s => Assert.Equal(0, s.Contribution));
    }

    [Theory]
    [InlineData("US restricts chipmaking tool exports", "China said on Tuesday it would protect the interests of its rare earth industry.")]
    [InlineData("Antimony", "Antimony traders met in Hunan this week. The US restricted exports of chipmaking tools on Monday.")]
    [InlineData("Graphite", "Graphite producers met in Beijing on Friday. Washington tightened its rules on exports of advanced chips to China.")]
    public void A_us_control_does_not_borrow_the_materials_china_supplies(string title, string body)
    {
        // Borrowed from the sentences around it, the material would make the US control a
        // control on what China supplies.
        var result = NewsScorer.Default.Score(new NewsText(title, body, Published));

        Assert.DoesNotContain(result.Events, e => e.Type is "export_control" or "export_ban");
        Assert.Equal("none", result.Overall);
    }

    [Fact]
    public void A_shortage_of_drivers_is_no_shortage_of_the_goods_they_carry()
    {
        // Read as a magnet shortage beside the delay; the delay is the news.
        var result = NewsScorer.Default.Score(new NewsText("", "A shortage of truck drivers has delayed deliveries of rare earth magnets to some customers.", Published));

        Assert.DoesNotContain(result.Events, e => e.Type == "shortage");
        Assert.Contains(result.Events, e => e.Type == "export_delay");
    }

    [Fact]
    public void A_us_control_does_not_take_a_material_from_another_clause()
    {
        // "gallium" belongs to "as gallium ban pause ends", not to the US restriction.
        var result = NewsScorer.Default.Score(new NewsText("US restricts chipmaking tool exports as gallium ban pause ends", "", Published));

        Assert.DoesNotContain(result.Events, e => e.Type == "export_control");
        Assert.Contains(result.Events, e => e.Type == "controls_suspended_reversed");
    }

    [Fact]
    public void A_us_official_reporting_a_stop_is_not_a_us_control()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "China's gallium exporters waited for permits. US officials said shipments had stopped.", Published));

        Assert.Contains(result.Events, e => e.Type == "export_suspension" && e.Materials.Contains("gallium"));
    }

    [Fact]
    public void A_shortage_said_to_be_unrelated_to_a_material_is_not_about_it()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "Tesla halted production at its Berlin plant for a week over a parts shortage unrelated to magnets.", Published));

        Assert.Empty(result.Events); // was a production cut and a shortage of magnets
    }

    [Fact]
    public void A_material_set_aside_by_the_sentence_takes_no_share_of_its_event()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "China banned exports of gallium but not germanium to the United States.", Published));

        var ban = Assert.Single(result.Events);
        Assert.Equal(["gallium"], ban.Materials);
    }

    [Fact]
    public void Untouched_sectors_are_listed_with_none_and_zero()
    {
        var result = NewsScorer.Default.Score(new NewsText("Graphite curbs", "China imposed export controls on graphite on Friday.", Published));

        Assert.Equal(4, result.Sectors.Count);
        Assert.Equal("up", result.Sectors.Single(s => s.Sector == "ev").Direction);
        foreach (var other in result.Sectors.Where(s => s.Sector != "ev"))
        {
            Assert.Equal("none", other.Direction);
            Assert.Equal(0, other.Contribution);
            Assert.Empty(other.Evidence);
        }
    }

    [Theory]
    [InlineData("The antimony deal cut Japan's reliance on Chinese supply.")] // read as exports cut (up)
    [InlineData("A new Australian mine will lower Japan's dependence on Chinese antimony supplies.")] // read as exports cut (up)
    [InlineData("Japan signed an antimony offtake agreement with an Australian miner, reducing its reliance on Chinese supply.")] // a drop beside the deal
    public void Cutting_a_reliance_on_chinese_supply_cuts_no_supply(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
    }

    [Theory]
    [InlineData("The European Commission proposed joint stockpiling of rare earths and magnets to cushion member states against Chinese export curbs.")] // read as controls (up)
    [InlineData("Stockpiles are a hedge against any new gallium export controls.")] // read as controls (up)
    [InlineData("Umicore said it would restart germanium recycling in Belgium to offset Chinese curbs.")] // read as controls (up)
    [InlineData("Carmakers are redesigning motors to get around China's export controls on magnets.")] // read as controls (up)
    [InlineData("Japan is building stockpiles to counter Chinese export restrictions on rare earths.")] // read as controls (up)
    public void Controls_named_as_what_to_be_shielded_against_are_no_new_controls(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
    }

    [Theory]
    [InlineData("China retaliated against US chip curbs by banning exports of gallium to the US.")] // and a control (retaliated + curbs)
    [InlineData("China banned gallium exports to the US in response to US chip curbs.")] // and a control (the curbs alone)
    public void Controls_a_move_answers_are_its_cause_not_news(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Equal("export_ban", Assert.Single(result.Events).Type);
    }

    [Fact]
    public void Controls_a_move_is_made_over_are_its_cause_and_first_does_not_reach_past_a_verb()
    {
        var result = NewsScorer.Default.Score(new NewsText("",
            "Suzuki has halted production of its Swift car because of a shortage of parts that contain rare earths, making it the first Japanese carmaker to cut output over China's export restrictions.",
            Published)); // also new capacity ("first ... output") and new controls

        Assert.Equal(["production_cut", "shortage"], result.Events.Select(e => e.Type).Order());
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Delays in magnet licences have started to halt production lines at European carmakers.")] // read as new capacity ("started ... lines")
    [InlineData("Carmakers warned that magnet licensing delays were starting to halt production lines.")] // the same, hedged
    public void A_verb_that_starts_another_is_the_later_verbs(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Contains(result.Events, e => e.Type == "plant_stoppage");
        Assert.DoesNotContain(result.Events, e => e.Direction == "down");
    }

    [Fact]
    public void A_control_imposed_to_counter_another_is_still_news()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "China imposed new export curbs on gallium to counter US chip restrictions.", Published));

        Assert.Equal("export_control", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void A_policy_that_has_not_changed_is_background()
    {
        var result = NewsScorer.Default.Score(new NewsText("",
            "The commerce ministry said its export control policy on gallium and germanium had not changed.", Published));

        Assert.All(result.Events, e => Assert.True(e.Background)); // was a new control, hedged
        Assert.Equal("none", result.Overall);
    }

    [Theory]
    [InlineData("Beijing denies halting magnet exports to Europe")] // read as a halt (up)
    [InlineData("China denied blocking gallium shipments to Japan.")] // read as a halt (up)
    public void Denying_a_halt_is_no_halt(string sentence)
    {
        Assert.Empty(NewsScorer.Default.Score(new NewsText("", sentence, Published)).Events);
    }

    [Fact]
    public void Selling_a_stockpile_to_ease_a_shortage_eases_it()
    {
        var result = NewsScorer.Default.Score(new NewsText("",
            "Japan's state metals agency will sell part of its rare earth stockpile to domestic manufacturers to ease a shortage.", Published));

        Assert.Equal("down", result.Overall); // was a shortage (up)
        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
    }

    [Theory]
    [InlineData("Gallium prices fell on a lack of demand from solar panel makers.")]
    [InlineData("Analysts blamed the lack of progress in talks on rare earth licences.")]
    public void A_lack_of_anything_but_a_material_is_no_shortage(string sentence)
    {
        Assert.DoesNotContain(NewsScorer.Default.Score(new NewsText("", sentence, Published)).Events, e => e.Type == "shortage");
    }

    [Theory]
    [InlineData("The magnet shortage is delaying shipments of electric vehicles in Europe.")] // also an export delay of magnets
    [InlineData("A shortage of samarium is delaying deliveries of fighter jets, the Pentagon said.")] // also an export delay of samarium
    public void Delayed_shipments_of_finished_products_are_no_delay_of_the_material(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Equal("shortage", Assert.Single(result.Events).Type);
    }

    [Fact]
    public void Delayed_deliveries_of_the_material_itself_are_still_a_delay()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "Licence checks are delaying deliveries of magnets to carmakers in Europe.", Published));

        Assert.Contains(result.Events, e => e.Type == "export_delay" && e.Direction == "up");
    }

    [Theory]
    [InlineData("Rare earth truce talks stall.")] // read as a truce (down)
    [InlineData("Truce talks between the US and China on gallium resumed.")] // read as a truce (down)
    public void Talks_about_a_truce_are_no_truce(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.DoesNotContain(result.Events, e => e.Type.StartsWith("truce", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chipmakers built up gallium stocks during the truce.")] // read as a new truce (down)
    [InlineData("Antimony buyers stockpiled throughout the trade truce, traders said.")] // read as a new truce (down)
    [InlineData("US defence firms bought germanium during the one-year pause.")] // read as a new truce (down)
    public void A_truce_named_as_the_time_something_happened_is_no_truce(string sentence)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.DoesNotContain(result.Events, e => e.Type.StartsWith("truce", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Officials used the export controls to ease magnet shortages.")] // read as controls eased
    [InlineData("The export control dialogue should ease magnet shortages, officials said.")] // read as controls eased
    [InlineData("Brussels proposed a dialogue on export controls to ease gallium shortages.")] // read as controls eased
    public void A_verb_with_its_own_object_right_after_it_does_not_act_on_a_noun_before_it(string sentence)
    {
        // What is eased is the shortage after the verb, not the controls before it.
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.DoesNotContain(result.Events, e => e.Type.StartsWith("controls_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("China eased export controls on gallium.", "controls_eased")]
    [InlineData("Export controls on graphite were eased on Monday.", "controls_eased")]
    public void Controls_that_are_what_the_verb_eases_are_still_eased(string sentence, string type)
    {
        var result = NewsScorer.Default.Score(new NewsText("", sentence, Published));

        Assert.Equal(type, Assert.Single(result.Events).Type);
    }

    [Fact]
    public void What_happened_during_a_truce_is_still_read()
    {
        var result = NewsScorer.Default.Score(new NewsText("", "Gallium exports to the US resumed during the truce.", Published));

        Assert.Equal("shipments_resumed", Assert.Single(result.Events).Type);
    }

    [Fact]
    public void A_new_source_outside_china_is_still_new_capacity()
    {
        var result = NewsScorer.Default.Score(new NewsText("Congo germanium",
            "Two companies started shipping germanium concentrate from Lubumbashi, adding a new source outside China for infrared optics.", Published));

        Assert.Contains(result.Events, e => e.Type == "new_capacity" && e.Direction == "down");
        Assert.Equal("down", result.Sectors.Single(s => s.Sector == "defence").Direction);
    }

    [Theory]
    [InlineData("China Halts Gallium Exports to the United States", "")]
    [InlineData("", "Breaking: Halt to gallium exports ordered by Beijing on Friday.")]
    public void A_capitalised_verb_still_counts_in_a_title_case_headline_or_after_a_colon(string title, string body)
    {
        var result = NewsScorer.Default.Score(new NewsText(title, body, Published));

        Assert.Contains(result.Events, e => e.Direction == "up" && e.Materials.Contains("gallium"));
    }

    [Fact]
    public void Projects_selected_for_support_are_new_capacity()
    {
        var result = NewsScorer.Default.Score(new NewsText("",
            "Brussels on Tuesday selected nine rare-earth magnet projects for faster permits.", Published));

        Assert.Contains(result.Events, e => e.Type == "new_capacity" && e.Direction == "down");
        Assert.Equal("down", result.Overall);
    }
}
