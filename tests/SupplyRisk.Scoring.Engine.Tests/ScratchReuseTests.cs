using SupplyRisk.Scoring.Engine.Events;

namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>The per-thread scratch is reused by every score on its thread: what one article
/// leaves in it must not pile up. A buffer that was never cleared grew by every hedge word of
/// every article the service scored, and its doublings showed as 100 ms stalls in the benchmark.</summary>
public sealed class ScratchReuseTests
{
    private static readonly NewsText Article = new(
        "Beijing tightens grip on germanium",
        "China said exporters of germanium would need a fresh licence for every shipment, a step traders said could double waiting times. "
        + "Prices in Rotterdam jumped on supply fears, and analysts warned that gallium could be next. "
        + "If the rule stays, European optics makers may run short by spring. Will the ministry relent?",
        new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Scoring_the_same_article_again_leaves_the_scratch_as_it_was()
    {
        NewsScorer.Default.Score(Article);
        var scratch = ScoringScratch.Current;
        int[] Counts() => [scratch.Raw.Count, scratch.Mentions.Count, scratch.Sentences.Count, scratch.Candidates.Count, scratch.EventSentences.Count, scratch.Hedges.Count];
        var once = Counts();
        var capacity = scratch.Hedges.Items.Length;

        for (var i = 0; i < 1000; i++)
        {
            NewsScorer.Default.Score(Article);
        }

        Assert.True(once[^1] > 0, "the article has hedge words");
        Assert.Equal(once, Counts());
        Assert.Equal(capacity, scratch.Hedges.Items.Length);
    }
}
