namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>What talks are about is no event yet: in "talks on lifting the gallium ban stalled"
/// nothing was lifted, and in "talks between the EU and China on faster rare earth licences
/// stalled" the talks stalled, not the licences.</summary>
public sealed class TalksTopicTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Talks between the EU and China on faster rare earth licences stalled this week without agreement.")] // read as licences suspended
    [InlineData("Negotiations about gallium licences for Dutch chipmakers dragged on for a third week.")]
    public void A_verb_after_the_topic_of_talks_is_what_the_talks_did(string sentence)
    {
        Assert.DoesNotContain(Score(sentence).Events, e => e.Type == "licence_suspension");
    }

    [Theory]
    [InlineData("Japan and China agreed to resume talks on rare earth supplies next month.")] // read as shipments resumed
    [InlineData("Beijing suspended talks on the gallium ban.")] // read as the ban suspended
    [InlineData("China halted talks on gallium exports.")] // read as exports halted
    public void A_verb_before_talks_acts_on_the_talks_not_their_topic(string sentence)
    {
        Assert.Empty(Score(sentence).Events);
    }

    [Theory]
    [InlineData("Talks on lifting the gallium ban stalled.")] // read as the ban lifted at full confidence
    [InlineData("The two sides held talks about easing controls on rare earth magnets.")] // read as the controls eased at full confidence
    public void An_event_that_is_the_topic_of_talks_is_only_possible(string sentence)
    {
        Assert.All(Score(sentence).Events, e => Assert.True(e.Confidence < 0.9));
    }

    [Theory]
    [InlineData("Rare earth export licences for European buyers stalled this week.", "licence_suspension")]
    [InlineData("After talks in Geneva, China lifted the ban on gallium exports.", "controls_lifted")]
    [InlineData("China lifted the gallium ban on Monday after talks on trade.", "controls_lifted")]
    [InlineData("The US and China held talks on rare earths as new export controls on gallium took effect.", "export_control")] // was hedged as a topic of the talks
    public void Events_beside_talks_still_count(string sentence, string type)
    {
        Assert.Equal(0.9, Assert.Single(Score(sentence).Events, e => e.Type == type).Confidence, 3);
    }
}
