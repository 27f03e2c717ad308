namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>"No germanium went to the United States in October": goods of which none moved are
/// exports that fell to zero, as "exported no germanium" is, though the "no" stands before the
/// material rather than after a verb of exporting; so are goods that buyers "received no" of, and
/// goods a seller "has not shipped any" of, and goods that figures "showed no" of.</summary>
public sealed class NoneShippedTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("No germanium went to the United States in October, Chinese customs data showed.", "germanium")] // read as nothing
    [InlineData("Not a single tonne of antimony was shipped to the United States in October.", "antimony")] // read as nothing
    [InlineData("No Chinese gallium went to the United States last month.", "gallium")] // read as nothing
    [InlineData("Neither gallium nor germanium has been shipped to the United States this month.", "germanium")] // read as nothing
    [InlineData("US buyers received no germanium from China in October, customs data showed.", "germanium")] // read as nothing
    [InlineData("Buyers received no Chinese antimony in October.", "antimony")] // read as nothing
    [InlineData("US buyers received no shipments of gallium from China in October.", "gallium")] // read as a refused approval, background
    [InlineData("Japanese magnet makers got no dysprosium from China in the third quarter.", "dysprosium")] // read as nothing
    [InlineData("We have not received any gallium this month, a Japanese buyer said.", "gallium")] // read as nothing
    [InlineData("Japanese firms did not receive any germanium in October.", "germanium")] // read as nothing
    [InlineData("His firm had not shipped any germanium from China for six weeks.", "germanium")] // read as nothing
    [InlineData("Exporters did not ship any antimony to the US in October.", "antimony")] // read as nothing
    [InlineData("China's customs data showed no gallium exports to the United States for the eighth month in a row.", "gallium")] // read as nothing
    [InlineData("Customs figures showed no shipments of germanium to US buyers in October.", "germanium")] // read as nothing
    [InlineData("Trade data recorded no antimony exports to the US in October.", "antimony")] // read as nothing
    [InlineData("Since Friday, no gallium has left China for US ports.", "gallium")] // read as nothing
    public void Materials_of_which_none_moved_are_exports_that_fell_to_zero(string sentence, string material)
    {
        var result = Score(sentence);

        var drop = Assert.Single(result.Events);
        Assert.Equal("export_drop", drop.Type);
        Assert.Contains(material, drop.Materials);
        Assert.False(drop.Background); // last month's customs figure is this month's news
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Japan imported no gallium from China in October.")] // read as nothing
    [InlineData("Japan imported no gallium from China in October for the first time since records began.")] // read as a resumption (down)
    public void Goods_of_which_none_was_imported_dropped(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_drop", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Japanese buyers received no germanium licences this month.")] // read as exports that fell to zero
    [InlineData("Chipmakers received no gallium export licences this quarter.")] // the same
    [InlineData("We have not received any licences for gallium this month.")] // read as nothing once the phrase took "have not"
    public void Licences_of_which_none_came_are_refused_not_goods(string sentence)
    {
        var result = Score(sentence);

        Assert.Equal("export_licence_granted_reversed", Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("The plant received no complaints about the gallium shipments.")] // shipments refused (up)
    [InlineData("The agency got no reply to its request for gallium data.")]
    public void What_was_received_instead_of_the_goods_is_no_event(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("Gallium was shipped to Japan in October.")] // something moved
    [InlineData("There was no sign that germanium was shipped to the US.")] // no material right after the "no"
    [InlineData("Gallium or germanium went to the US without problems.")]
    public void Goods_that_moved_or_a_no_of_something_else_are_no_drop(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "export_drop");
    }

    [Theory]
    [InlineData("Gallium prices showed no sign of easing.")] // "showed no" took the "no" of "no sign of"
    [InlineData("The data showed no change in antimony exports.")]
    public void Figures_that_show_no_sign_or_change_stop_no_exports(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("China shows no intention of extending the pause on its gallium ban.")] // "shows no" must not take the "no" of "no intention of"
    [InlineData("China showed no intention of renewing the pause on its gallium ban.")]
    public void A_government_that_shows_no_intention_of_extending_relief_ends_it(string sentence)
    {
        Assert.Equal("controls_suspended_reversed", Assert.Single(Score(sentence).Events).Type);
    }
}
