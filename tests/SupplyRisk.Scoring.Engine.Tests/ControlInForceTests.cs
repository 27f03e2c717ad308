namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A control named alone after "the", "this" or "that" ("traders are still adjusting
/// to the gallium ban") is one in force that the story refers to: background. A control named as
/// new ("a ban", "the new rules") or that a verb acts on is news.</summary>
public sealed class ControlInForceTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Traders are still adjusting to the gallium ban.")] // read as a new ban
    [InlineData("Analysts discussed the impact of the antimony export ban.")] // the same
    [InlineData("Beijing declined to comment on the gallium ban.")] // the same
    [InlineData("There is little doubt that the gallium ban hurt chipmakers.")] // the same
    [InlineData("Traders are still adjusting to the controls on gallium exports.", "export_control")] // the same: "the" was the mention's own word
    public void A_control_named_with_the_is_background(string sentence, string type = "export_ban")
    {
        var control = Assert.Single(Score(sentence).Events);

        Assert.Equal(type, control.Type);
        Assert.True(control.Background);
    }

    [Theory]
    [InlineData("China announced a ban on gallium exports.", "export_ban")]
    [InlineData("The new gallium rules cover wafers and ingots.", "export_control")]
    [InlineData("Gallium export ban hits chipmakers", "export_ban")]
    [InlineData("The controls on graphite anodes came back into force on Monday.", "export_control")] // background when "the" made it one in force
    public void A_control_named_as_new_is_news(string sentence, string type)
    {
        Assert.Contains(Score(sentence).Events, e => e.Type == type && !e.Background);
    }

    [Theory]
    [InlineData("Six weeks after the rules took effect, no licences for antimony exports have been issued.", "export_control")] // read as new rules beside the licences refused
    [InlineData("Two months after China lifted the ban on gallium exports, shipments to Japan rose.", "controls_lifted")] // read as a new lifting
    public void What_happened_a_stretch_of_time_ago_is_background(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.True(Assert.Single(result.Events, e => e.Type == type).Background);
        Assert.Contains(result.Events, e => !e.Background);
    }

    [Fact]
    public void What_happened_after_something_with_no_stretch_of_time_is_news()
    {
        Assert.False(Assert.Single(Score("After talks in Geneva, China lifted the ban on gallium exports.").Events).Background);
    }

    [Theory]
    [InlineData("Graphite exports are subject to licences.", true)] // read as nothing
    [InlineData("Graphite exports from China to the US have been subject to licences since December 2023.", true)]
    [InlineData("Exports of graphite became subject to licences on Monday.", false)]
    [InlineData("Exports of gallium were made subject to licences this week.", false)]
    public void Goods_subject_to_licences_need_them(string sentence, bool background)
    {
        var requirement = Assert.Single(Score(sentence).Events, e => e.Type == "licence_requirement");

        Assert.Equal(background, requirement.Background);
    }

    [Fact]
    public void A_deal_subject_to_approval_needs_no_export_licence()
    {
        Assert.DoesNotContain(Score("The Lynas deal for rare earths is subject to regulatory approval.").Events, e => e.Type == "licence_requirement");
    }

    [Theory]
    [InlineData("Under the truce, China paused its gallium export controls for a year.", "truce")] // the truce read as news
    [InlineData("Under the one-year US-China truce, exports of gallium rose.", "truce")] // the same
    [InlineData("Under the gallium ban, exporters cannot ship to US buyers.", "export_ban")]
    public void What_the_sentence_happens_under_is_in_force(string sentence, string type)
    {
        Assert.True(Assert.Single(Score(sentence).Events, e => e.Type == type).Background);
    }

    [Fact]
    public void New_rules_that_the_sentence_happens_under_are_news()
    {
        var result = Score("Chinese authorities have approved the first export licences for graphite under the new rules.");

        Assert.False(Assert.Single(result.Events, e => e.Type == "export_control").Background);
    }

    [Theory]
    [InlineData("China had agreed to pause the October export controls on rare earths for a year.", "controls_suspended")] // read as news
    [InlineData("Beijing had moved to tighten its graphite controls before the talks.", "export_control")]
    public void What_a_government_had_agreed_or_moved_to_do_is_background(string sentence, string type)
    {
        Assert.True(Assert.Single(Score(sentence).Events, e => e.Type == type).Background);
    }

    [Fact]
    public void What_a_government_said_it_had_agreed_to_do_is_news()
    {
        var result = Score("China said it had agreed to pause its gallium export controls for a year.");

        Assert.False(Assert.Single(result.Events).Background);
    }
}
