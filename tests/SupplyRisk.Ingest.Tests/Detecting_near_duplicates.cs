using SupplyRisk.Ingest.Formats;
using SupplyRisk.Ingest.NearDuplicates;
using SupplyRisk.Ingest.NearDuplicates.Eval;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Tests;

/// <summary>MinHash over word shingles with banded LSH finds syndicated copies and leaves
/// different stories apart; the labelled pairs in seeds/near-duplicates meet the targets.</summary>
public sealed class Detecting_near_duplicates
{
    private static readonly string RepoRoot = Evaluation.FindRepoRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Dashboard.sln not found above the test binaries");

    [Fact]
    public void The_labelled_pairs_meet_the_precision_and_recall_targets()
    {
        var evaluation = Evaluation.Run(Evaluation.Load(Path.Combine(RepoRoot, "seeds", "near-duplicates", "pairs.jsonl")));
        Assert.True(evaluation.Outcomes.Count >= 100, "the labelled set should hold at least 100 pairs");
        Assert.True(evaluation.Precision >= Evaluation.PrecisionTarget, $"precision {evaluation.Precision:0.000}");
        Assert.True(evaluation.Recall >= Evaluation.RecallTarget, $"recall {evaluation.Recall:0.000}");
    }

    [Fact]
    public void No_two_sample_news_items_are_taken_for_copies_of_each_other()
    {
        var folder = Path.Combine(RepoRoot, "seeds", "news");
        var sketches = Directory.EnumerateFiles(folder, "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(folder, "*.json*"))
            .SelectMany(f => NewsFileReader.Read(f).Items)
            .Select(i => (i.Title, Sketch: Sketch(i.Title!, i.Body!)))
            .Where(s => s.Sketch is not null)
            .ToList();
        Assert.True(sketches.Count > 20);
        for (var i = 0; i < sketches.Count; i++)
        {
            for (var j = i + 1; j < sketches.Count; j++)
            {
                var match = NearDuplicateDetector.AreCandidates(sketches[i].Sketch!, sketches[j].Sketch!)
                    && NearDuplicateDetector.Match(sketches[i].Sketch!, sketches[j].Sketch!) is not null;
                Assert.False(match, $"'{sketches[i].Title}' and '{sketches[j].Title}' were taken for one story");
            }
        }
    }

    [Fact]
    public void The_vectorised_signature_equals_the_scalar_one_bit_for_bit()
    {
        // Sketches are stored and compared across restarts and machines (with or without
        // AVX-512), so both ways of computing them must agree exactly. Without AVX-512 the
        // vector code still runs (emulated), so this holds on any machine.
        var random = new Random(7);
        for (var n = 1; n <= 600; n += 37)
        {
            var shingles = Enumerable.Range(0, n).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.NextInt64() << 1)).ToArray();
            Assert.Equal(NearDuplicateDetector.MinHashScalar(shingles), NearDuplicateDetector.MinHashVectorized(shingles));
        }
    }

    [Fact]
    public void Sketches_stay_what_they_were_when_stored()
    {
        // Stored sketches are compared with sketches computed by later versions, so the
        // shingle hashes and the signature must never change. These values were computed by
        // the first stored implementation (HashSet of shingles, one shingle at a time).
        const string text = "Beijing added gallium and germanium to its export licence list on Monday.\n"
            + "Traders in Rotterdam said offers for both metals dried up within hours, and two chipmakers in Japan said they were checking how long their stocks would last.\n"
            + "Analysts at a Hong Kong bank expect shipments to fall sharply over the next quarter while applications are reviewed, as happened after the first round of controls.\n"
            + "A refiner in Germany that recovers gallium from alumina said it could restart an idle line, but not before next year.";

        var sketch = NearDuplicateDetector.Sketch(text)!;

        Assert.Equal(79, sketch.ShingleCount);
        Assert.Equal([14954215u, 65135716u, 156185938u, 12157281u, 80688027u, 7039859u], sketch.MinHash[..6]);
        Assert.Equal(11279945u, sketch.MinHash[^1]);
        Assert.Equal(8795748541261662544L, sketch.Buckets[0]);
    }

    [Fact]
    public void The_shingle_set_keeps_each_hash_once_in_the_order_first_seen()
    {
        // Past its first table size, with zero (its empty-slot marker) and values that collide
        // on the low bits, and reused after clearing.
        var random = new Random(5);
        var set = new ShingleSet();
        foreach (var size in new[] { 3000, 10, 20_000, 700 })
        {
            set.Clear();
            var values = Enumerable.Range(0, size).Select(_ => random.Next(4) switch
            {
                0 => 0UL,
                1 => (ulong)random.Next(64) << 40, // equal low bits
                _ => (ulong)random.NextInt64(),
            }).ToList();
            foreach (var v in values)
            {
                set.Add(v);
            }
            Assert.Equal(values.Distinct().ToArray(), set.Values.ToArray());
        }
    }

    [Fact]
    public void Similarity_counts_every_equal_position_of_the_signatures()
    {
        // Equal positions anywhere: in the vector part and in the tail after it (120 is not a
        // multiple of the vector width on every machine), first and last included.
        var random = new Random(11);
        var positions = Enumerable.Range(0, NearDuplicateDetector.SignatureLength).ToArray();
        foreach (var k in new[] { 0, 1, 7, 8, 9, 60, 112, 113, 119, 120 })
        {
            var a = Enumerable.Range(0, NearDuplicateDetector.SignatureLength).Select(_ => (uint)random.Next()).ToArray();
            var b = a.Select(v => ~v).ToArray();
            var same = k == 1 ? [NearDuplicateDetector.SignatureLength - 1] : positions.OrderBy(_ => random.Next()).Take(k).ToArray();
            foreach (var p in same)
            {
                b[p] = a[p];
            }
            var (jaccard, _) = NearDuplicateDetector.Similarity(new TextSketch(200, a, []), new TextSketch(200, b, []));
            Assert.Equal(k / (double)NearDuplicateDetector.SignatureLength, jaccard);
        }
    }

    [Fact]
    public void A_text_too_short_to_judge_has_no_sketch()
    {
        Assert.Null(NearDuplicateDetector.Sketch("China granted licences to three magnet makers on Friday."));
    }

    [Fact]
    public void Re_ordered_paragraphs_keep_every_shingle()
    {
        var (a, _) = Shingler.Shingle("One two three four.\nFive six seven eight.");
        var (b, _) = Shingler.Shingle("Five six seven eight.\nOne two three four.");
        Assert.Equal(a.Order(), b.Order());
        Assert.Equal(4, a.Count);
    }

    [Fact]
    public void Apostrophe_and_case_variants_shingle_alike()
    {
        Assert.Equal(Shingler.Shingle("China’s export curbs bite").Shingles.Order(), Shingler.Shingle("CHINA'S EXPORT CURBS BITE").Shingles.Order());
    }

    [Fact]
    public void A_sketch_survives_a_round_trip_through_its_stored_bytes()
    {
        var pair = Evaluation.Load(Path.Combine(RepoRoot, "seeds", "near-duplicates", "pairs.jsonl"))[0];
        var sketch = Evaluation.Sketch(pair.A)!;
        Assert.Equal(sketch.MinHash, TextSketch.MinHashFromBytes(sketch.MinHashBytes()));
        Assert.Equal(NearDuplicateDetector.Bands, sketch.Buckets.Distinct().Count());
    }

    private static TextSketch? Sketch(string title, string body)
    {
        var t = TextNormalizer.NormalizeLine(title);
        return NearDuplicateDetector.Sketch(TextNormalizer.NormalizeBody(body, t));
    }
}
