using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    private static readonly ulong[] PermutationA = Permutations.Select(p => p.A).ToArray();
    private static readonly ulong[] PermutationB = Permutations.Select(p => p.B).ToArray();

    /// <summary>The sketch of a body, or null when it is too short to judge.</summary>
    public static TextSketch? Sketch(string body)
    {
        var shingles = ShingleSet.ForThisThread();
        Shingler.ShingleInto(body, shingles);
        if (shingles.Count < MinShingles)
        {
            return null;
        }
        var signature = Vector512.IsHardwareAccelerated ? MinHashVectorized(shingles.Values) : MinHashScalar(shingles.Values);
        return new TextSketch(shingles.Count, signature, BucketsOf(signature));
    }

    // Multiply-shift: a fresh universal hash of the shingle per position; the signature keeps
    // each position's minimum over the shingles.
    internal static uint[] MinHashScalar(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        foreach (var s in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var v = (uint)((PermutationA[i] * s + PermutationB[i]) >> 32);
                if (v < signature[i])
                {
                    signature[i] = v;
                }
            }
        }
        return signature;
    }

    // The same arithmetic eight positions at a time (AVX-512 multiplies 64-bit lanes natively):
    // the sketch is identical bit for bit. Positions outside, shingles inside, so each group's
    // multipliers and running minimum stay in registers through the whole text.
    internal static uint[] MinHashVectorized(ReadOnlySpan<ulong> shingles)
    {
        const int Lanes = 8;
        const int Chunks = SignatureLength / Lanes;
        ref var a = ref MemoryMarshal.GetArrayDataReference(PermutationA);
        ref var b = ref MemoryMarshal.GetArrayDataReference(PermutationB);
        ref var first = ref MemoryMarshal.GetReference(shingles);
        var signature = new uint[SignatureLength];
        for (var c = 0; c < Chunks; c++)
        {
            var multiplier = Vector512.LoadUnsafe(ref a, (nuint)(c * Lanes));
            var offset = Vector512.LoadUnsafe(ref b, (nuint)(c * Lanes));
            // Two running minima, so consecutive shingles do not wait on each other.
            var even = Vector512.Create((ulong)uint.MaxValue);
            var odd = even;
            var k = 0;
            for (; k + 1 < shingles.Length; k += 2)
            {
                even = Vector512.Min(even, Vector512.ShiftRightLogical((multiplier * Vector512.Create(Unsafe.Add(ref first, k))) + offset, 32));
                odd = Vector512.Min(odd, Vector512.ShiftRightLogical((multiplier * Vector512.Create(Unsafe.Add(ref first, k + 1))) + offset, 32));
            }
            if (k < shingles.Length)
            {
                even = Vector512.Min(even, Vector512.ShiftRightLogical((multiplier * Vector512.Create(Unsafe.Add(ref first, k))) + offset, 32));
            }
            var minimum = Vector512.Min(even, odd);
            for (var l = 0; l < Lanes; l++)
            {
                signature[(c * Lanes) + l] = (uint)minimum[l];
            }
        }
        return signature;
    }

    /// <summary>One key per band: the band's index and its rows hashed together. Two texts
    /// share a key when one band of their signatures agrees in every row.</summary>
    public static long[] BucketsOf(ReadOnlySpan<uint> signature)
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
    public static (double Jaccard, double Overlap) Similarity(TextSketch a, TextSketch b) =>
        Similarity(a.ShingleCount, a.MinHash, b.ShingleCount, b.MinHash);

    private static (double Jaccard, double Overlap) Similarity(int countA, ReadOnlySpan<uint> a, int countB, ReadOnlySpan<uint> b) =>
        Similarity(countA, countB, EqualPositions(a, b));

    /// <summary>The estimates from the number of equal signature positions. Both grow with it.</summary>
    private static (double Jaccard, double Overlap) Similarity(int countA, int countB, int equalPositions)
    {
        var jaccard = equalPositions / (double)SignatureLength;
        // |A ∩ B| = J · |A ∪ B| = J · (|A| + |B|) / (1 + J)
        var intersection = jaccard * (countA + countB) / (1 + jaccard);
        var overlap = Math.Min(1, intersection / Math.Min(countA, countB));
        return (jaccard, overlap);
    }

    /// <summary>How many positions of two signatures hold the same value. Every stored item
    /// that shares a band key with a new one is compared this way, and texts that share some
    /// wording (a standard paragraph, a template) make thousands of such candidates per item,
    /// so the comparison goes eight positions at a time.</summary>
    internal static int EqualPositions(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var length = Math.Min(a.Length, b.Length);
        ref var x = ref MemoryMarshal.GetReference(a);
        ref var y = ref MemoryMarshal.GetReference(b);
        var equal = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= length - Vector256<uint>.Count; i += Vector256<uint>.Count)
            {
                var same = Vector256.Equals(Vector256.LoadUnsafe(ref x, (nuint)i), Vector256.LoadUnsafe(ref y, (nuint)i));
                equal += BitOperations.PopCount(same.ExtractMostSignificantBits());
            }
        }
        for (; i < length; i++)
        {
            if (Unsafe.Add(ref x, i) == Unsafe.Add(ref y, i))
            {
                equal++;
            }
        }
        return equal;
    }

    /// <summary>How strongly <paramref name="a"/> and <paramref name="b"/> are one story (higher
    /// is closer), or null when they are not.</summary>
    public static double? Match(TextSketch a, TextSketch b) => Match(a.ShingleCount, a.MinHash, b.ShingleCount, b.MinHash);

    /// <summary><see cref="Match(TextSketch, TextSketch)"/> on a shingle count and signature each.</summary>
    public static double? Match(int countA, ReadOnlySpan<uint> a, int countB, ReadOnlySpan<uint> b) =>
        SizesCompatible(countA, countB) ? Match(countA, countB, EqualPositions(a, b)) : null;

    /// <summary>The match of two texts whose signatures agree in <paramref name="equalPositions"/>
    /// positions (sizes not checked). It only grows with that number, so a count that can only
    /// be too high (<see cref="SketchIndex"/> compares one byte of each position first) rules a
    /// candidate out for certain when it gives null.</summary>
    public static double? Match(int countA, int countB, int equalPositions)
    {
        var (jaccard, overlap) = Similarity(countA, countB, equalPositions);
        return jaccard >= JaccardThreshold || overlap >= OverlapThreshold ? Math.Max(jaccard, overlap) : null;
    }

    /// <summary>False when one text is too much shorter than the other to be a cut of it: no
    /// signature needs comparing then.</summary>
    public static bool SizesCompatible(int countA, int countB) =>
        Math.Min(countA, countB) / (double)Math.Max(countA, countB) >= MinSizeRatio;

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
