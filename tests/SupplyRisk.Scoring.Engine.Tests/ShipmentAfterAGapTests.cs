namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>"China shipped gallium to the United States for the first time in a year": goods that
/// move again after a gap are a resumption, though no verb of resuming says so.</summary>
public sealed class ShipmentAfterAGapTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("China shipped gallium to the United States for the first time in a year, customs data showed on Monday.")] // read as nothing
    [InlineData("US buyers received germanium from China for the first time since the ban.")] // read as nothing (the ban: background)
    [InlineData("China shipped gallium to the United States in October for the first time in a year, customs data showed.")] // last month's customs figure
    public void Goods_shipped_again_after_a_gap_are_a_resumption_told_as_news(string sentence)
    {
        var result = Score(sentence);

        var resumed = Assert.Single(result.Events, e => e.Type == "shipments_resumed");
        Assert.False(resumed.Background);
        Assert.DoesNotContain(result.Events, e => e.Direction == "up" && !e.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("US importers of antimony received their first shipments from China in a year.")] // read as a new source (new capacity)
    [InlineData("Buyers received the first consignment of germanium from China in 18 months.")] // new capacity
    [InlineData("China shipped its first cargo of gallium to the United States since the ban, customs data showed.")] // the same: "shipped its first" is a phrase of its own
    [InlineData("China shipped its first cargo of gallium to the US since the ban returned.")] // the same
    [InlineData("China shipped its first cargo of antimony to the US in a year.")] // the same
    public void A_first_shipment_after_a_gap_is_a_return(string sentence)
    {
        var result = Score(sentence);

        // (The ban "since" names is background, the point the gap counts from.)
        Assert.Equal("shipments_resumed", Assert.Single(result.Events, e => !e.Background).Type);
    }

    [Theory]
    [InlineData("The new mine sent its first shipment of antimony ore to Europe.")]
    [InlineData("Lynas delivered its first shipment of dysprosium to Japan in November.")] // "in" a month, not a gap
    [InlineData("Buyers in Japan received the first shipment of dysprosium from Lynas.")] // received, not let through
    public void A_first_shipment_without_a_gap_is_a_new_source(string sentence)
    {
        Assert.Equal("new_capacity", Assert.Single(Score(sentence).Events).Type);
    }

    [Theory]
    [InlineData("Chinese customs cleared the first shipments of heavy rare earth magnets to India.")] // read as a new source
    [InlineData("China approved the first shipments of rare earth magnets to India.")] // read as a new source
    public void First_shipments_an_authority_lets_through_are_approved(string sentence)
    {
        Assert.Equal("shipments_approved", Assert.Single(Score(sentence).Events).Type);
    }

    [Fact]
    public void What_the_return_counts_from_is_background()
    {
        var result = Score("A cargo of antimony reached Rotterdam for the first time since China imposed its controls.");

        Assert.Contains(result.Events, e => e.Type == "shipments_resumed" && !e.Background);
        Assert.Contains(result.Events, e => e.Type == "export_control" && e.Background); // was news: up
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("Lynas shipped dysprosium for the first time in its history.")] // a first, not a return
    [InlineData("Lynas shipped dysprosium for the first time.")]
    [InlineData("Gallium prices rose for the first time in a year.")] // no shipment
    public void A_first_without_a_gap_or_without_goods_is_no_resumption(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "shipments_resumed");
    }

    [Fact]
    public void An_event_before_the_phrase_is_what_happened_for_the_first_time()
    {
        var result = Score("Gallium exports fell for the first time in a year.");

        Assert.Equal("export_drop", Assert.Single(result.Events).Type);
    }
}
