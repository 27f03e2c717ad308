using Microsoft.Extensions.Options;
using SupplyRisk.Ingest.NearDuplicates;

namespace SupplyRisk.Ingest.Tests;

/// <summary>The in-memory sketch index adds the sketches its own instance stored once their
/// transaction committed, but only when nothing else reached the table in between; otherwise it
/// leaves them to the next catch-up, which reads the table in order.</summary>
public sealed class Keeping_the_sketch_index
{
    private static readonly string Story = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"word{i % 97}x{i % 13}"));
    private static readonly string OtherStory = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"other{i % 89}y{i % 11}"));

    [Fact]
    public void Sketches_committed_after_the_catch_up_are_found_as_candidates()
    {
        var index = NewIndex();
        var stored = Entry(Story);
        index.AddCommitted(0, [(1, stored)]);

        Assert.Same(stored, Assert.Single(index.Candidates(NearDuplicateDetector.Sketch(Story)!)));
        Assert.Empty(index.Candidates(NearDuplicateDetector.Sketch(OtherStory)!));
    }

    [Fact]
    public void A_commit_reported_from_a_stale_catch_up_is_left_to_the_table()
    {
        var index = NewIndex();
        index.AddCommitted(0, [(5, Entry(OtherStory))]);

        // This transaction caught up to seq 0, but the index has moved to 5 since: its rows may
        // not follow on directly, so it must not add them (nor move past rows it has not read).
        index.AddCommitted(0, [(6, Entry(Story))]);
        Assert.Empty(index.Candidates(NearDuplicateDetector.Sketch(Story)!));

        index.AddCommitted(5, [(7, Entry(Story))]);
        Assert.Single(index.Candidates(NearDuplicateDetector.Sketch(Story)!));
    }

    [Fact]
    public void Candidates_come_once_each_oldest_first_and_pruning_keeps_only_the_window()
    {
        var index = NewIndex();
        var now = DateTimeOffset.UtcNow;
        var old = Entry(Story, now.AddDays(-31));
        var first = Entry(Story, now.AddHours(-2));
        var second = Entry(Story, now.AddHours(-1));
        var other = Entry(OtherStory, now.AddDays(-31));
        index.AddCommitted(0, [(1, old), (2, first), (3, other), (4, second)]);

        // Every band of the three copies agrees, yet each comes once, in the order stored.
        Assert.Equal([old, first, second], index.Candidates(NearDuplicateDetector.Sketch(Story)!));

        index.Prune(now);

        Assert.Equal([first, second], index.Candidates(NearDuplicateDetector.Sketch(Story)!));
        Assert.Empty(index.Candidates(NearDuplicateDetector.Sketch(OtherStory)!));
        var later = Entry(Story, now);
        index.AddCommitted(4, [(5, later)]);
        Assert.Equal([first, second, later], index.Candidates(NearDuplicateDetector.Sketch(Story)!));
    }

    private static SketchIndex NewIndex() =>
        new(Options.Create(new IngestOptions()), TimeProvider.System);

    private static SketchIndex.Entry Entry(string text, DateTimeOffset? acceptedAt = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), NearDuplicateDetector.Sketch(text)!, acceptedAt ?? DateTimeOffset.UtcNow);
}
