namespace SupplyRisk.Ingest.NearDuplicates;

/// <summary>Recognises syndicated copies of one story: MinHash over word 3-shingles of the body
/// (the headline is left out, since copies often change it), banded LSH to find candidates
/// cheaply, and a check of each candidate on the estimated Jaccard similarity and on the
/// estimated overlap (the share of the shorter text found in the longer, which stays high when
/// a copy trims paragraphs or adds an introduction). Pure: no I/O.</summary>
internal static class NearDuplicateDetector
{
    /// <summary>Bands × rows = the signature length.</summary>
    public const int Bands = 40;
    public const int Rows = 3;
    public const int SignatureLength = Bands * Rows;

    /// <summary>Texts with fewer distinct shingles (≈ 60 words) are too short to tell a copy
    /// from a different story with a shared phrase; they are matched only exactly.</summary>
    public const int MinShingles = 50;

    /// <summary>Estimated Jaccard similarity at or above which two texts are one story.</summary>
    public const double JaccardThreshold = 0.45;

    /// <summary>Estimated overlap at or above which the shorter text is a cut of the longer one.</summary>
    public const double OverlapThreshold = 0.7;

    /// <summary>A cut-down copy keeps at least this share of the original's shingles.</summary>
    public const double MinSizeRatio = 0.25;

    private static readonly (ulong A, ulong B)[] Permutations = CreatePermutations();

    /// <summary>The sketch of a body, or null when it is too short to judge.</summary>
    public static TextSketch? Sketch(string body)
    {
        var (shingles, _) = Shingler.Shingle(body);
        if (shingles.Count < MinShingles)
        {
            return null;
        }
        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        foreach (var s in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                // Multiply-shift: a fresh universal hash of the shingle per position.
                var v = (uint)((Permutations[i].A * s + Permutations[i].B) >> 32);
                if (v < signature[i])
                {
                    signature[i] = v;
                }
            }
        }
        return new TextSketch(shingles.Count, signature, BucketsOf(signature));
    }

    /// <summary>One key per band: the band's index and its rows hashed together. Two texts
    /// share a key when one band of their signatures agrees in every row.</summary>
    public static long[] BucketsOf(uint[] signature)
    {
        var buckets = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = Shingler.Mix(0x5EED_0000UL + (ulong)b);
            for (var r = 0; r < Rows; r++)
            {
                h = Shingler.Mix(h ^ signature[b * Rows + r]);
            }
            buckets[b] = (long)h;
        }
        return buckets;
    }

    /// <summary>Estimated Jaccard similarity and overlap of two sketched texts.</summary>
    public static (double Jaccard, double Overlap) Similarity(TextSketch a, TextSketch b)
    {
        var equal = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            if (a.MinHash[i] == b.MinHash[i])
            {
                equal++;
            }
        }
        var jaccard = equal / (double)SignatureLength;
        // |A ∩ B| = J · |A ∪ B| = J · (|A| + |B|) / (1 + J)
        var intersection = jaccard * (a.ShingleCount + b.ShingleCount) / (1 + jaccard);
        var overlap = Math.Min(1, intersection / Math.Min(a.ShingleCount, b.ShingleCount));
        return (jaccard, overlap);
    }

    /// <summary>How strongly <paramref name="a"/> and <paramref name="b"/> are one story (higher
    /// is closer), or null when they are not.</summary>
    public static double? Match(TextSketch a, TextSketch b)
    {
        var ratio = Math.Min(a.ShingleCount, b.ShingleCount) / (double)Math.Max(a.ShingleCount, b.ShingleCount);
        if (ratio < MinSizeRatio)
        {
            return null;
        }
        var (jaccard, overlap) = Similarity(a, b);
        return jaccard >= JaccardThreshold || overlap >= OverlapThreshold ? Math.Max(jaccard, overlap) : null;
    }

    /// <summary>True when the two sketches share an LSH bucket, as a lookup in the store would find.</summary>
    public static bool AreCandidates(TextSketch a, TextSketch b)
    {
        for (var i = 0; i < Bands; i++)
        {
            if (a.Buckets[i] == b.Buckets[i])
            {
                return true;
            }
        }
        return false;
    }

    // Fixed seeds: sketches stored today must compare with sketches computed after a restart.
    private static (ulong, ulong)[] CreatePermutations()
    {
        var result = new (ulong, ulong)[SignatureLength];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < result.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var a = Shingler.Mix(state) | 1;
            state += 0x9E3779B97F4A7C15UL;
            result[i] = (a, Shingler.Mix(state));
        }
        return result;
    }
}
