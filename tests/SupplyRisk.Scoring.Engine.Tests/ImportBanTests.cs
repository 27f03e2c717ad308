namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A ban another government puts on goods from China ("a US ban on Chinese magnets in
/// defence systems") is an import ban, not one of China's export bans: its buyers lose Chinese
/// supply all the same, but only those its sentence names when it names any.</summary>
public sealed class ImportBanTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    private static double Contribution(ScoreResult result, string sector) => result.Sectors.Single(s => s.Sector == sector).Contribution;

    [Theory]
    [InlineData("A US ban on Chinese magnets in defence systems takes effect in 2027.")] // an export ban, for every magnet user
    [InlineData("The United States will ban Chinese rare earth magnets in defence systems from 2027, the Pentagon said on Monday.")] // an export ban
    [InlineData("The Pentagon's ban on Chinese-made magnets in weapons starts in January.")] // an export ban, background
    [InlineData("Washington imposed a ban on germanium from China for military suppliers.")] // an export ban
    [InlineData("Washington banned Chinese-made magnets from weapons systems starting in 2027.")] // read as nothing
    [InlineData("The Pentagon banned Chinese rare earth magnets from weapons systems.")] // the same
    public void A_ban_on_Chinese_goods_in_defence_systems_binds_defence_only(string sentence)
    {
        var result = Score(sentence);

        var ban = Assert.Single(result.Events);
        Assert.Equal("import_ban", ban.Type);
        Assert.False(ban.Background);
        Assert.Equal(["defence"], ban.Sectors);
        Assert.True(Contribution(result, "defence") > 0);
        Assert.Equal(0, Contribution(result, "ev"));
        Assert.Equal(0, Contribution(result, "semiconductor"));
    }

    [Fact]
    public void An_import_ban_weighed_is_hedged_and_binds_defence_only()
    {
        var result = Score("The US is considering a ban on Chinese magnets in defence systems."); // an export ban

        var ban = Assert.Single(result.Events);
        Assert.Equal("import_ban", ban.Type);
        Assert.True(ban.Confidence < 0.9);
        Assert.Equal(["defence"], ban.Sectors);
    }

    [Theory]
    [InlineData("The US lifted its ban on Chinese magnets in defence systems.")] // eased every magnet user
    [InlineData("The Pentagon delayed its ban on Chinese magnets in weapons by two years.")]
    public void Relief_from_an_import_ban_binds_the_same_buyers(string sentence)
    {
        var result = Score(sentence);

        var relief = Assert.Single(result.Events);
        Assert.Equal("down", relief.Direction);
        Assert.Equal(["defence"], relief.Sectors);
        Assert.Equal(0, Contribution(result, "ev"));
    }

    [Fact]
    public void An_import_ban_that_names_no_buyers_binds_the_materials_sectors()
    {
        var result = Score("Washington banned imports of Chinese gallium on Friday."); // an export ban

        Assert.Equal("import_ban", Assert.Single(result.Events).Type);
        Assert.True(Contribution(result, "semiconductor") > 0);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Washington banned the import of Chinese magnets for defence systems.", "defence")] // read as nothing
    [InlineData("The US banned the import of Chinese gallium on Friday.", "semiconductor")] // read as nothing
    public void The_import_of_chinese_goods_named_in_the_singular_is_banned_too(string sentence, string sector)
    {
        var result = Score(sentence);

        Assert.Equal("import_ban", Assert.Single(result.Events).Type);
        Assert.True(Contribution(result, sector) > 0);
    }

    [Theory]
    [InlineData("Beijing banned shipments of Chinese antimony to the United States.")]
    [InlineData("The US condemned China's ban on gallium exports.")]
    [InlineData("Chinese authorities banned exports of gallium to US buyers.")]
    [InlineData("US officials said China will ban gallium exports to American chipmakers.")]
    public void Chinas_own_bans_stay_export_bans(string sentence)
    {
        Assert.Equal("export_ban", Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("The US banned Chinese gallium.", "gallium")] // read as nothing
    [InlineData("The United States banned Chinese magnets.", "rare_earth_magnets")] // the same
    public void A_government_that_bans_goods_named_as_Chinese_bans_imports(string sentence, string material)
    {
        var ban = Assert.Single(Score(sentence).Events);

        Assert.Equal("import_ban", ban.Type);
        Assert.Contains(material, ban.Materials);
    }

    [Fact]
    public void A_firm_that_bans_Chinese_goods_from_its_supply_chain_is_no_government()
    {
        Assert.Empty(Score("Apple banned Chinese gallium from its supply chain.").Events);
    }

    [Fact]
    public void Imports_that_stop_are_no_ban()
    {
        // "US imports" read as the United States' own ban, as "a US ban" is.
        var halt = Assert.Single(Score("US imports of antimony from China have ground to a halt.").Events);

        Assert.Equal("export_suspension", halt.Type);
        Assert.Equal("up", halt.Direction);
    }
}
