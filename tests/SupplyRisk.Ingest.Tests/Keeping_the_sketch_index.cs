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
        var stored = Stored(1, Story);
        index.AddCommitted(0, [stored]);

        Assert.Same(stored.Entry, Assert.Single(index.Candidates(NearDuplicateDetector.Sketch(Story)!)));
        Assert.Empty(index.Candidates(NearDuplicateDetector.Sketch(OtherStory)!));
    }

    [Fact]
    public void A_commit_reported_from_a_stale_catch_up_is_left_to_the_table()
    {
        var index = NewIndex();
        index.AddCommitted(0, [Stored(5, OtherStory)]);

        // This transaction caught up to seq 0, but the index has moved to 5 since: its rows may
        // not follow on directly, so it must not add them (nor move past rows it has not read).
        index.AddCommitted(0, [Stored(6, Story)]);
        Assert.Empty(index.Candidates(NearDuplicateDetector.Sketch(Story)!));

        index.AddCommitted(5, [Stored(7, Story)]);
        Assert.Single(index.Candidates(NearDuplicateDetector.Sketch(Story)!));
    }

    [Fact]
    public void Candidates_come_once_each_oldest_first_and_pruning_keeps_only_the_window()
    {
        var index = NewIndex();
        var now = DateTimeOffset.UtcNow;
        var old = Stored(1, Story, now.AddDays(-31));
        var first = Stored(2, Story, now.AddHours(-2));
        var other = Stored(3, OtherStory, now.AddDays(-31));
        var second = Stored(4, Story, now.AddHours(-1));
        index.AddCommitted(0, [old, first, other, second]);

        // Every band of the three copies agrees, yet each comes once, in the order stored.
        Assert.Equal([old.Entry, first.Entry, second.Entry], index.Candidates(NearDuplicateDetector.Sketch(Story)!));
        // A second lookup lists them again (an entry is marked as listed per lookup, not for good).
        Assert.Equal([old.Entry, first.Entry, second.Entry], index.Candidates(NearDuplicateDetector.Sketch(Story)!));

        index.Prune(now);

        Assert.Equal([first.Entry, second.Entry], index.Candidates(NearDuplicateDetector.Sketch(Story)!));
        Assert.Empty(index.Candidates(NearDuplicateDetector.Sketch(OtherStory)!));
        var later = Stored(5, Story, now);
        index.AddCommitted(4, [later]);
        Assert.Equal([first.Entry, second.Entry, later.Entry], index.Candidates(NearDuplicateDetector.Sketch(Story)!));
        Assert.Equal(first.Entry, index.BestMatch(NearDuplicateDetector.Sketch(Story)!).Entry);
    }

    [Fact]
    public void A_band_key_shared_by_many_stored_items_is_walked_only_to_its_newest()
    {
        // Text many items carry (a standard paragraph, a footer) puts them all under the same
        // keys. A lookup takes only the newest of each key, and a story copied that many times
        // is still found among them.
        var index = NewIndex();
        var copies = Enumerable.Range(0, SketchIndex.MaxWalkPerKey + 100).Select(i => Stored(i + 1, Story)).ToList();
        var other = Stored(copies.Count + 1, OtherStory);
        index.AddCommitted(0, [.. copies, other]);

        var newest = copies.Skip(copies.Count - SketchIndex.MaxWalkPerKey).Select(c => c.Entry).ToList();
        Assert.Equal(newest, index.Candidates(NearDuplicateDetector.Sketch(Story)!));
        var (entry, score) = index.BestMatch(NearDuplicateDetector.Sketch(Story)!);
        Assert.Same(newest[0], entry);
        Assert.Equal(1.0, score);
        Assert.Same(other.Entry, index.BestMatch(NearDuplicateDetector.Sketch(OtherStory)!).Entry);
    }

    [Fact]
    public void The_best_match_is_the_closest_candidate_with_the_detectors_score()
    {
        // Three stored texts that share their opening with the new one, to different lengths,
        // and one that shares nothing: the index must score each candidate as the detector does
        // and pick the highest, whatever order they were stored in.
        var words = Enumerable.Range(0, 400).Select(i => $"w{i}").ToArray();
        string Text(int shared, string tail) =>
            string.Join(' ', words.Take(shared).Concat(Enumerable.Range(0, 400 - shared).Select(i => $"{tail}{i}")));
        var query = NearDuplicateDetector.Sketch(Text(400, "q"))!;
        var far = Stored(1, Text(160, "a"));
        var closest = Stored(2, Text(380, "b"));
        var near = Stored(3, Text(300, "c"));
        var unrelated = Stored(4, OtherStory);
        var index = NewIndex();
        index.AddCommitted(0, [far, closest, near, unrelated]);

        var expected = new[] { far, closest, near }
            .Select(s => (s.Entry, Score: NearDuplicateDetector.Match(query, s.Sketch)))
            .Where(s => s.Score is not null)
            .MaxBy(s => s.Score!.Value);
        var (entry, score) = index.BestMatch(query);

        Assert.Same(closest.Entry, expected.Entry);
        Assert.Same(closest.Entry, entry);
        Assert.Equal(expected.Score!.Value, score);
        Assert.Equal((null, 0.0), index.BestMatch(NearDuplicateDetector.Sketch(string.Join(' ', Enumerable.Range(0, 200).Select(i => $"z{i}")))!));
    }

    [Fact]
    public void The_best_match_agrees_with_scoring_every_candidate_in_full()
    {
        // Stored texts of many lengths that share more or less of one pool of sentences, so that
        // candidates fall on both sides of both thresholds (Jaccard and overlap): the index rules
        // most of them out on a digest first, and must never rule out one that would have won.
        var random = new Random(20261126);
        var pool = Enumerable.Range(0, 60).Select(i => string.Join(' ', Enumerable.Range(0, 12).Select(w => $"p{i}w{w}")) + ".").ToArray();
        string Text(int id)
        {
            var sentences = Enumerable.Range(0, random.Next(8, 50))
                .Select(_ => random.NextDouble() < 0.7 ? pool[random.Next(pool.Length)] : $"own{id}s{random.Next()} filler words of its own here.");
            return string.Join('\n', sentences);
        }
        var stored = Enumerable.Range(0, 300).Select(Text).Where(t => NearDuplicateDetector.Sketch(t) is not null)
            .Select((text, i) => Stored(i + 1, text)).ToList();
        var index = NewIndex();
        index.AddCommitted(0, stored);

        var sketchOf = stored.ToDictionary(s => s.Entry, s => s.Sketch);
        var matched = 0;
        for (var q = 0; q < 200; q++)
        {
            var query = NearDuplicateDetector.Sketch(Text(1000 + q));
            if (query is null)
            {
                continue;
            }
            SketchIndex.Entry? expected = null;
            var expectedScore = 0.0;
            foreach (var candidate in index.Candidates(query))
            {
                if (NearDuplicateDetector.Match(query, sketchOf[candidate]) is { } score && score > expectedScore)
                {
                    (expected, expectedScore) = (candidate, score);
                }
            }
            var (entry, actualScore) = index.BestMatch(query);
            Assert.Same(expected, entry);
            Assert.Equal(expectedScore, actualScore);
            matched += entry is null ? 0 : 1;
        }
        // Both kinds of answer were checked.
        Assert.InRange(matched, 20, 180);
    }

    [Fact]
    public void The_index_keeps_every_entry_as_it_grows_past_its_first_arrays()
    {
        // More entries than the arrays first hold (1,024), so they are copied over as they grow.
        var index = NewIndex();
        var stored = Enumerable.Range(0, 1500)
            .Select(i => Stored(i + 1, string.Join(' ', Enumerable.Range(0, 80).Select(w => $"s{i}w{w}"))))
            .ToList();
        index.AddCommitted(0, stored);

        foreach (var i in new[] { 0, 1023, 1024, 1499 })
        {
            var (entry, score) = index.BestMatch(stored[i].Sketch);
            Assert.Same(stored[i].Entry, entry);
            Assert.Equal(1.0, score);
        }
    }

    private static SketchIndex NewIndex() =>
        new(Options.Create(new IngestOptions()), TimeProvider.System);

    private static (long Seq, SketchIndex.Entry Entry, TextSketch Sketch) Stored(long seq, string text, DateTimeOffset? acceptedAt = null) =>
        (seq, new(Guid.NewGuid(), Guid.NewGuid(), acceptedAt ?? DateTimeOffset.UtcNow), NearDuplicateDetector.Sketch(text)!);
}
