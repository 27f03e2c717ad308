namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Verbs of raising and reducing act on their object: "China boosted gallium exports"
/// is a rise of exports, and in "raised exports to Germany and cut costs" the cut is of the
/// costs, not of the exports before it.</summary>
public sealed class RaisingAndReducingObjectsTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("China's rare earth group said it would raise prices for neodymium oxide by 10%.")] // read as nothing
    [InlineData("The state producer raised antimony prices by a fifth this week.")] // read as nothing
    public void Prices_raised_as_an_object_spike(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("price_spike", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China boosted rare earth exports to Europe in October.")] // read as nothing
    [InlineData("Producers increased germanium exports to Japan in October.")]
    [InlineData("Magnet makers raised exports to Germany.")]
    [InlineData("China expanded graphite exports to Korea.")]
    [InlineData("Exporters stepped up gallium shipments to Vietnam in October.")]
    public void Exports_raised_as_an_object_rise(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_rise", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Carmakers hope talks will boost exports to Europe and reduce tension over rare earth magnets.")] // was a drop of the exports
    [InlineData("Magnet makers raised exports to Germany and cut costs by moving plants inland.")] // was a drop, and a new plant from "raised ... plants"
    [InlineData("Producers increased germanium exports and reduced emissions at the smelter.")] // was a new plant from "increased ... smelter"
    public void A_cut_of_another_object_is_no_drop_of_the_exports(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_rise", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Magnet makers cut costs by moving plants inland.")] // was a plant stoppage
    [InlineData("Beijing lowered the threshold for graphite export reviews, bringing more shipments under licence.")] // was a drop of the shipments
    [InlineData("Customs officials cut the paperwork needed for graphite shipments to Europe.")] // was a drop: a verb inside the object
    public void A_cut_of_another_object_stops_nothing(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type is "export_drop" or "plant_stoppage");
    }

    [Theory]
    [InlineData("Gallium smelters cut their inventories as prices fell.")] // was a plant stoppage
    [InlineData("Smelters cut their gallium inventories.")] // was a plant stoppage
    [InlineData("Antimony smelters reduced their stockpiles in October.")] // was a plant stoppage
    [InlineData("Antimony smelters cut the stockpiles they hold in Hunan.")] // was a plant stoppage
    public void Stocks_a_plant_cuts_are_its_object_and_stop_no_plant(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "plant_stoppage");
    }

    [Theory]
    [InlineData("Gallium smelters cut output.", "production_cut")]
    [InlineData("Gallium smelters cut their output in October.", "production_cut")] // was a plant stoppage
    [InlineData("Antimony smelters halted production.", "production_cut")]
    [InlineData("Gallium smelters cut their prices.", "price_drop")] // was a plant stoppage
    public void A_cut_of_what_a_plant_makes_or_charges_is_still_read(string sentence, string type)
    {
        Assert.Equal(type, Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("China's rare earth exports slipped 4% in October from September, customs data showed.")] // read as nothing
    [InlineData("Gallium exports dipped in October.")] // read as nothing
    [InlineData("Germanium exports edged lower in October.")] // ("lower" alone already read it)
    public void Exports_that_slip_or_dip_drop(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_drop", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Graphite_anodes_are_the_material_not_a_noun_between_the_exports_and_their_verb()
    {
        var result = Score("Chinese exports of graphite anodes rose in October."); // read as nothing

        Assert.Equal("export_rise", Assert.Single(result.Events).Type);
    }

    [Fact]
    public void Halving_the_time_approvals_take_is_no_suspension_of_the_licences()
    {
        var result = Score("China halved the time it takes to approve rare earth export licences, traders said."); // was a licence suspension

        Assert.DoesNotContain(result.Events, e => e.Direction == "up");
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("The government banned smoking in mines, including rare earth mines in Inner Mongolia.")] // read as an export ban
    [InlineData("The museum opened a new exhibition on the history of rare earth mining.")] // read as a new mine
    [InlineData("China banned foreign firms from buying stakes in rare earth mines.")] // read as an export ban
    [InlineData("China barred foreign companies from investing in rare earth mines.")] // an export ban; then a new mine
    [InlineData("China barred foreign firms from buying shares in rare earth miners.")]
    [InlineData("Regulators barred the fund from buying more rare earth stocks.")]
    public void A_ban_or_an_opening_of_another_object_is_no_event(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Fact]
    public void What_a_rule_prevents_does_not_happen()
    {
        var result = Score("The rules prevent exporters from resuming shipments of gallium until a licence is granted."); // read as shipments resumed

        Assert.DoesNotContain(result.Events, e => e.Type == "shipments_resumed");
        Assert.Contains(result.Events, e => e.Type == "export_control");
    }

    [Theory]
    [InlineData("Beijing barred its firms from exporting gallium and germanium to American buyers.", "export_ban")] // the firms are barred from exporting
    [InlineData("China cut its first batch of 2027 rare earth mining quotas by 8%.", "quota_cut")] // a batch of the quotas
    [InlineData("China raised its first batch of rare earth mining quotas for 2027 by 6%.", "quota_raised")]
    public void A_noun_before_from_or_of_leads_to_the_verbs_real_object(string sentence, string type)
    {
        Assert.Contains(Score(sentence).Events, e => e.Type == type);
    }

    [Fact]
    public void Licences_named_by_what_they_were_issued_for_approve_no_shipments()
    {
        var result = Score("Beijing slashed the number of licences issued for graphite exports."); // read as shipments approved (down) as well

        Assert.Equal("licence_suspension", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("China lowered its export tax on rare earth oxides.")] // read as new controls (up)
    [InlineData("China cut export duties on graphite to zero.")] // new controls
    [InlineData("China reduced restrictions on gallium exports to Japan.")] // new controls
    public void Restrictions_or_export_taxes_that_are_cut_are_eased(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("controls_eased", Assert.Single(result.Events).Type);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China banned the sale of gallium to US defence firms.")] // read as nothing
    [InlineData("China banned sales of rare earth magnets to US defence firms.")] // nothing
    [InlineData("China prohibited the sale of antimony to US defence firms.")] // nothing
    [InlineData("Beijing prohibits sales of gallium to American chipmakers.")] // nothing
    public void A_ban_on_sales_is_an_export_ban(string sentence)
    {
        Assert.Equal("export_ban", Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("China barred US firms from buying rare earths from Chinese suppliers.")] // read as nothing
    [InlineData("China banned US defence contractors from buying rare earth magnets.")] // nothing
    [InlineData("Beijing banned foreign firms from purchasing gallium and germanium.")] // nothing
    [InlineData("China will bar American companies from acquiring Chinese antimony.")] // nothing
    public void Buyers_barred_from_buying_a_material_meet_an_export_ban(string sentence)
    {
        // Buying a material is its trade, as selling it is; buying stakes in mines is not
        // (A_ban_or_an_opening_of_another_object_is_no_event).
        var result = Score(sentence);

        Assert.Equal("export_ban", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void A_government_barring_its_firms_from_buying_Chinese_goods_bans_imports()
    {
        var result = Score("The United States barred defence contractors from buying Chinese rare earth magnets."); // read as nothing

        Assert.Equal("import_ban", Assert.Single(result.Events).Type);
    }

    [Theory]
    [InlineData("China cut rare earth exports to the US by a third in October.")]
    [InlineData("China cut overall gallium exports to the US in October.")] // a plain word that describes the exports
    [InlineData("Rare earth exports to the US were reduced by a third in October.")]
    [InlineData("Rare earth exports to the US were cut sharply in October.")]
    [InlineData("Rare earth exports to the US were cut last month.")] // a time, not an object
    [InlineData("Rare earth exports to the US were cut three times in October.")]
    public void Exports_that_are_the_object_or_the_subject_still_drop(string sentence)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == "export_drop");
        Assert.Equal("up", result.Overall);
    }
}
