using System.Runtime.InteropServices;
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

    // The entries by ordinal (the order they were added), their shingle counts and their
    // signatures side by side in flat arrays. A new item is compared with every stored item that
    // shares a band key with it (hundreds when texts share a standard paragraph), and following
    // references from entry to sketch to signature cost a cache miss at each step.
    private Entry[] _entries = new Entry[InitialCapacity];
    private int[] _shingleCounts = new int[InitialCapacity];
    private uint[] _signatures = new uint[InitialCapacity * SignatureLength];
    private int _entryCount;

    // Each band key's entries, oldest first, as a chain through one array: a window holds tens of
    // thousands of items with 40 keys each, nearly all keys unique, and a list per key made
    // millions of small objects for the collector to trace (and the adds a fifth of the index's cost).
    private Dictionary<long, (int First, int Last)> _chainOf = [];
    private Node[] _nodes = new Node[InitialCapacity * NearDuplicateDetector.Bands];
    private int _nodeCount;

    // Which lookup last listed each entry: an entry in several of a text's bands is listed once,
    // without a set to build per lookup.
    private int[] _listedBy = new int[InitialCapacity];
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

    /// <summary>The stored items that share at least one band key with <paramref name="sketch"/>,
    /// each once: band by band, oldest first within a band.</summary>
    public IReadOnlyList<Entry> Candidates(TextSketch sketch)
    {
        lock (_sync)
        {
            return [.. ListCandidates(sketch).Select(ordinal => _entries[ordinal])];
        }
    }

    /// <summary>The candidate (<see cref="Candidates"/>) that <see cref="NearDuplicateDetector.Match(TextSketch, TextSketch)"/>
    /// finds closest to <paramref name="sketch"/>, the first of them on a tie, with its score;
    /// (null, 0) when none matches.</summary>
    public (Entry? Entry, double Score) BestMatch(TextSketch sketch)
    {
        lock (_sync)
        {
            Entry? best = null;
            var bestScore = 0.0;
            foreach (var ordinal in ListCandidates(sketch))
            {
                if (NearDuplicateDetector.Match(sketch.ShingleCount, sketch.MinHash, _shingleCounts[ordinal], SignatureOf(ordinal)) is { } score
                    && score > bestScore)
                {
                    (best, bestScore) = (_entries[ordinal], score);
                }
            }
            return (best, bestScore);
        }
    }

    // The ordinals of the candidates, in the order Candidates gives them. Valid until the next call.
    private List<int> ListCandidates(TextSketch sketch)
    {
        _found.Clear();
        if (++_lookup == int.MaxValue)
        {
            Array.Clear(_listedBy);
            _lookup = 1;
        }
        foreach (var bucket in sketch.Buckets)
        {
            if (!_chainOf.TryGetValue(bucket, out var chain))
            {
                continue;
            }
            for (var node = chain.First; node >= 0; node = _nodes[node].Next)
            {
                var ordinal = _nodes[node].Entry;
                if (_listedBy[ordinal] != _lookup)
                {
                    _listedBy[ordinal] = _lookup;
                    _found.Add(ordinal);
                }
            }
        }
        return _found;
    }

    private ReadOnlySpan<uint> SignatureOf(int ordinal) => _signatures.AsSpan(ordinal * SignatureLength, SignatureLength);

    private void Add(Entry entry, int shingleCount, ReadOnlySpan<uint> signature, ReadOnlySpan<long> buckets)
    {
        if (_entryCount == _entries.Length)
        {
            var capacity = _entries.Length * 2;
            Array.Resize(ref _entries, capacity);
            Array.Resize(ref _shingleCounts, capacity);
            Array.Resize(ref _signatures, capacity * SignatureLength);
            Array.Resize(ref _listedBy, capacity);
        }
        var ordinal = _entryCount++;
        _entries[ordinal] = entry;
        _shingleCounts[ordinal] = shingleCount;
        signature.CopyTo(_signatures.AsSpan(ordinal * SignatureLength, SignatureLength));
        foreach (var bucket in buckets)
        {
            if (_nodeCount == _nodes.Length)
            {
                Array.Resize(ref _nodes, _nodes.Length * 2);
            }
            var node = _nodeCount++;
            _nodes[node] = new Node(ordinal, -1);
            ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(_chainOf, bucket, out var exists);
            if (exists)
            {
                _nodes[chain.Last].Next = node;
                chain.Last = node;
            }
            else
            {
                chain = (node, node);
            }
        }
    }

    // Drops the entries that left the window (copies of a story appear within days of it): the
    // entries still inside are added again, in their order, to fresh arrays.
    internal void Prune(DateTimeOffset now)
    {
        var (entries, counts, signatures, count) = (_entries, _shingleCounts, _signatures, _entryCount);
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
        _shingleCounts = new int[capacity];
        _signatures = new uint[capacity * SignatureLength];
        _listedBy = new int[capacity];
        _lookup = 0;
        _entryCount = 0;
        _chainOf = new Dictionary<long, (int First, int Last)>(kept * NearDuplicateDetector.Bands);
        _nodes = new Node[capacity * NearDuplicateDetector.Bands];
        _nodeCount = 0;
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            if (now - entries[ordinal].AcceptedAt <= Window)
            {
                var signature = signatures.AsSpan(ordinal * SignatureLength, SignatureLength);
                Add(entries[ordinal], counts[ordinal], signature, NearDuplicateDetector.BucketsOf(signature));
            }
        }
        _lastPrune = now;
    }

    private struct Node(int entry, int next)
    {
        public readonly int Entry = entry;
        public int Next = next;
    }
}
