using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SupplyRisk.Ingest.NearDuplicates;

/// <summary>The sketches of the items accepted within <c>Ingest:NearDuplicateWindowDays</c>,
/// in memory and indexed by LSH band key: finding the candidates of a batch costs dictionary
/// lookups instead of forty index probes per item. It is a cache of
/// <c>ingest.news_sketches</c>: before each use, under the near-duplicate lock, it reads the
/// rows added since its last look (in <c>seq</c> order, which the lock makes the commit order),
/// so items stored by another instance or before a restart are found as well. The rows this
/// instance stores it adds itself once their transaction commits (<see cref="AddCommitted"/>),
/// instead of reading them back.</summary>
internal sealed class SketchIndex(IOptions<IngestOptions> options, TimeProvider clock)
{
    public sealed record Entry(Guid NewsId, Guid ClusterId, DateTimeOffset AcceptedAt);

    private const int SignatureLength = NearDuplicateDetector.SignatureLength;
    private const int InitialCapacity = 1024;
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    private readonly object _sync = new();

    // The entries by ordinal (the order they were added), with their signatures in one flat
    // array and a digest of each (Digest) in another. A new item is compared with every stored
    // item that shares a band key with it, hundreds when texts share a standard paragraph, and
    // the time goes in fetching them from memory: following references from entry to sketch to
    // signature cost a cache miss at each step, and a signature is 480 bytes. The digest (128
    // bytes) is enough to rule nearly all of them out.
    private Entry[] _entries = new Entry[InitialCapacity];
    private Digest[] _digests = new Digest[InitialCapacity];
    private uint[] _signatures = new uint[InitialCapacity * SignatureLength];
    private int _entryCount;

    // Each band key's entries, newest first, as a chain through one array: a window holds tens of
    // thousands of items with 40 keys each, nearly all keys unique, and a list per key made
    // millions of small objects for the collector to trace (and the adds a fifth of the index's cost).
    private Dictionary<long, int> _chainOf = [];

    // A lookup walks at most this many entries of one band key, the newest. A key shared by more
    // items than that comes from text many stories carry (a standard paragraph, a publisher's
    // footer): in the pipeline benchmark, whose items each carry two of five standard paragraphs,
    // a few keys held thousands of entries and nearly all of a lookup's candidates, none of them
    // a copy. A real copy shares many keys with its story, most of them its own; and when one
    // story is copied hundreds of times, the newest entries of its keys are its copies.
    internal const int MaxWalkPerKey = 64;
    private Node[] _nodes = new Node[InitialCapacity * NearDuplicateDetector.Bands];
    private int _nodeCount;

    // The current lookup's number, which Digest.ListedBy records: an entry in several of a
    // text's bands is listed once, without a set to build per lookup.
    private int _lookup;
    private readonly List<int> _found = [];

    private long _lastSeq;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    private TimeSpan Window => TimeSpan.FromDays(options.Value.NearDuplicateWindowDays);

    /// <summary>Reads the sketches committed since the last call. Call it with the
    /// near-duplicate lock held, in the transaction that will use the index. Returns the
    /// <c>seq</c> it has read up to, for <see cref="AddCommitted"/>.</summary>
    public async Task<long> CatchUpAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        long last;
        lock (_sync)
        {
            last = _lastSeq;
        }
        var rows = await conn.QueryAsync<(long Seq, Guid NewsId, Guid ClusterId, int ShingleCount, byte[] MinHash, DateTime AcceptedAt)>(new CommandDefinition(
            """
            SELECT s.seq, s.news_id, n.cluster_id, s.shingle_count, s.minhash, n.accepted_at
            FROM ingest.news_sketches s JOIN ingest.news_items n ON n.id = s.news_id
            WHERE s.seq > @last
            ORDER BY s.seq
            """, new { last }, tx, cancellationToken: ct));
        var now = clock.GetUtcNow();
        lock (_sync)
        {
            foreach (var row in rows)
            {
                _lastSeq = Math.Max(_lastSeq, row.Seq);
                var acceptedAt = new DateTimeOffset(DateTime.SpecifyKind(row.AcceptedAt, DateTimeKind.Utc));
                if (now - acceptedAt > Window)
                {
                    continue;
                }
                var signature = TextSketch.MinHashFromBytes(row.MinHash);
                Add(new Entry(row.NewsId, row.ClusterId, acceptedAt), row.ShingleCount, signature, NearDuplicateDetector.BucketsOf(signature));
            }
            if (now - _lastPrune > PruneEvery)
            {
                Prune(now);
            }
            return _lastSeq;
        }
    }

    /// <summary>Adds the sketches a transaction stored, after it committed. The transaction
    /// held the near-duplicate lock from <see cref="CatchUpAsync"/> (which returned
    /// <paramref name="caughtUpTo"/>) to its commit, so no other sketch was stored in between and
    /// these rows are exactly the ones that follow. Should the index have moved meanwhile,
    /// nothing is added: the next catch-up reads the rows from the table.</summary>
    public void AddCommitted(long caughtUpTo, IReadOnlyList<(long Seq, Entry Entry, TextSketch Sketch)> stored)
    {
        lock (_sync)
        {
            if (_lastSeq != caughtUpTo)
            {
                return;
            }
            foreach (var (seq, entry, sketch) in stored.OrderBy(s => s.Seq))
            {
                Add(entry, sketch.ShingleCount, sketch.MinHash, sketch.Buckets);
                _lastSeq = Math.Max(_lastSeq, seq);
            }
        }
    }

    /// <summary>The stored items that share at least one band key with <paramref name="sketch"/>
    /// (at most the newest <see cref="MaxWalkPerKey"/> of each key), each once, oldest first.</summary>
    public IReadOnlyList<Entry> Candidates(TextSketch sketch)
    {
        lock (_sync)
        {
            return [.. ListCandidates(sketch).Order().Select(ordinal => _entries[ordinal])];
        }
    }

    /// <summary>How many candidates <paramref name="sketch"/> has: the walk over its band keys'
    /// chains that any exact lookup makes, and nothing more (the lookup benchmark's baseline).</summary>
    internal int CountCandidates(TextSketch sketch)
    {
        lock (_sync)
        {
            return ListCandidates(sketch).Count;
        }
    }

    /// <summary>The candidate (<see cref="Candidates"/>) that <see cref="NearDuplicateDetector.Match(TextSketch, TextSketch)"/>
    /// finds closest to <paramref name="sketch"/>, the oldest of them on a tie, with its score;
    /// (null, 0) when none matches.</summary>
    public (Entry? Entry, double Score) BestMatch(TextSketch sketch)
    {
        var query = Digest.Of(sketch.ShingleCount, sketch.MinHash);
        lock (_sync)
        {
            Entry? best = null;
            var bestScore = 0.0;
            // The walk of ListCandidates, with each candidate judged as it is reached: its digest is
            // read once. Listing first and judging after measured 1.6 times the bare walk against
            // 1.1-1.3 this way (tests/bench/near-duplicates.sh).
            var bestOrdinal = -1;
            var lookup = NextLookup();
            foreach (var bucket in sketch.Buckets)
            {
                if (!_chainOf.TryGetValue(bucket, out var first))
                {
                    continue;
                }
                var walked = 0;
                for (var node = first; node >= 0 && walked < MaxWalkPerKey; node = _nodes[node].Next, walked++)
                {
                    var ordinal = _nodes[node].Entry;
                    ref var digest = ref _digests[ordinal];
                    if (digest.ListedBy == lookup)
                    {
                        continue;
                    }
                    digest.ListedBy = lookup;
                    // Equal positions are equal in their low byte too, so the bytes' count is at
                    // least the true one: when even it makes no match, the signature is not fetched.
                    if (!NearDuplicateDetector.SizesCompatible(sketch.ShingleCount, digest.ShingleCount)
                        || NearDuplicateDetector.Match(sketch.ShingleCount, digest.ShingleCount, Digest.EqualLowBytes(ref query, ref digest)) is null)
                    {
                        continue;
                    }
                    // On a tie the older entry wins, whatever order the chains gave them in.
                    if (NearDuplicateDetector.Match(sketch.ShingleCount, sketch.MinHash, digest.ShingleCount, SignatureOf(ordinal)) is { } score
                        && (score > bestScore || (score == bestScore && ordinal < bestOrdinal)))
                    {
                        (best, bestScore, bestOrdinal) = (_entries[ordinal], score, ordinal);
                    }
                }
            }
            return (best, bestScore);
        }
    }

    // The ordinals of the candidates, in walk order (band by band, newest first within a band).
    // Valid until the next call.
    private List<int> ListCandidates(TextSketch sketch)
    {
        _found.Clear();
        var lookup = NextLookup();
        foreach (var bucket in sketch.Buckets)
        {
            if (!_chainOf.TryGetValue(bucket, out var first))
            {
                continue;
            }
            var walked = 0;
            for (var node = first; node >= 0 && walked < MaxWalkPerKey; node = _nodes[node].Next, walked++)
            {
                var ordinal = _nodes[node].Entry;
                if (_digests[ordinal].ListedBy != lookup)
                {
                    _digests[ordinal].ListedBy = lookup;
                    _found.Add(ordinal);
                }
            }
        }
        return _found;
    }

    private int NextLookup()
    {
        if (++_lookup == int.MaxValue)
        {
            for (var i = 0; i < _entryCount; i++)
            {
                _digests[i].ListedBy = 0;
            }
            _lookup = 1;
        }
        return _lookup;
    }

    private ReadOnlySpan<uint> SignatureOf(int ordinal) => _signatures.AsSpan(ordinal * SignatureLength, SignatureLength);

    private void Add(Entry entry, int shingleCount, ReadOnlySpan<uint> signature, ReadOnlySpan<long> buckets)
    {
        if (_entryCount == _entries.Length)
        {
            var capacity = _entries.Length * 2;
            Array.Resize(ref _entries, capacity);
            Array.Resize(ref _digests, capacity);
            Array.Resize(ref _signatures, capacity * SignatureLength);
        }
        var ordinal = _entryCount++;
        _entries[ordinal] = entry;
        _digests[ordinal] = Digest.Of(shingleCount, signature);
        signature.CopyTo(_signatures.AsSpan(ordinal * SignatureLength, SignatureLength));
        foreach (var bucket in buckets)
        {
            if (_nodeCount == _nodes.Length)
            {
                Array.Resize(ref _nodes, _nodes.Length * 2);
            }
            var node = _nodeCount++;
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_chainOf, bucket, out var exists);
            _nodes[node] = new Node(ordinal, exists ? first : -1);
            first = node;
        }
    }

    // Drops the entries that left the window (copies of a story appear within days of it): the
    // entries still inside are added again, in their order, to fresh arrays.
    internal void Prune(DateTimeOffset now)
    {
        var (entries, digests, signatures, count) = (_entries, _digests, _signatures, _entryCount);
        var kept = 0;
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            if (now - entries[ordinal].AcceptedAt <= Window)
            {
                kept++;
            }
        }
        var capacity = Math.Max(InitialCapacity, kept);
        _entries = new Entry[capacity];
        _digests = new Digest[capacity];
        _signatures = new uint[capacity * SignatureLength];
        _lookup = 0;
        _entryCount = 0;
        _chainOf = new Dictionary<long, int>(kept * NearDuplicateDetector.Bands);
        _nodes = new Node[capacity * NearDuplicateDetector.Bands];
        _nodeCount = 0;
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            if (now - entries[ordinal].AcceptedAt <= Window)
            {
                var signature = signatures.AsSpan(ordinal * SignatureLength, SignatureLength);
                Add(entries[ordinal], digests[ordinal].ShingleCount, signature, NearDuplicateDetector.BucketsOf(signature));
            }
        }
        _lastPrune = now;
    }

    /// <summary>What a lookup reads of each candidate, in 128 bytes (two cache lines where a
    /// signature takes eight): the low byte of each signature position, the shingle count, and
    /// the lookup that last listed the entry.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 128)]
    private struct Digest
    {
        // The vector path of EqualLowBytes takes the signature to fill more than three vectors
        // and leave eight bytes free: this constant does not compile otherwise.
        private const uint SignatureFits = checked((uint)(120 - SignatureLength) + (uint)(SignatureLength - 97));

        public LowBytes Low;
        public int ShingleCount;
        public int ListedBy;

        public static Digest Of(int shingleCount, ReadOnlySpan<uint> signature)
        {
            var digest = new Digest { ShingleCount = shingleCount };
            for (var i = 0; i < SignatureLength; i++)
            {
                digest.Low[i] = (byte)signature[i];
            }
            return digest;
        }

        /// <summary>How many positions agree in their low byte: at least as many as agree in full.</summary>
        public static int EqualLowBytes(ref Digest a, ref Digest b)
        {
            ref var x = ref Unsafe.As<Digest, byte>(ref a);
            ref var y = ref Unsafe.As<Digest, byte>(ref b);
            if (!Vector256.IsHardwareAccelerated)
            {
                var count = 0;
                for (var i = 0; i < SignatureLength; i++)
                {
                    count += Unsafe.Add(ref x, i) == Unsafe.Add(ref y, i) ? 1 : 0;
                }
                return count;
            }
            // Four vectors cover the 128 bytes; the last eight (count and lookup) are masked off.
            var equal = 0;
            for (var i = 0; i < 96; i += 32)
            {
                equal += BitOperations.PopCount(Vector256.Equals(Vector256.LoadUnsafe(ref x, (nuint)i), Vector256.LoadUnsafe(ref y, (nuint)i)).ExtractMostSignificantBits());
            }
            var last = Vector256.Equals(Vector256.LoadUnsafe(ref x, 96), Vector256.LoadUnsafe(ref y, 96)).ExtractMostSignificantBits();
            return equal + BitOperations.PopCount(last & ((1u << (SignatureLength - 96)) - 1));
        }
    }

    [InlineArray(SignatureLength)]
    private struct LowBytes
    {
        private byte _first;
    }

    private struct Node(int entry, int next)
    {
        public readonly int Entry = entry;
        public int Next = next;
    }
}
