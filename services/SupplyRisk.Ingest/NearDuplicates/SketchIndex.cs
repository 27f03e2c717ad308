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
    public sealed record Entry(Guid NewsId, Guid ClusterId, TextSketch Sketch, DateTimeOffset AcceptedAt);

    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    private readonly object _sync = new();
    // Each band key's entries, oldest first, as a chain through one array: a window holds tens of
    // thousands of items with 40 keys each, nearly all keys unique, and a list per key made
    // millions of small objects for the collector to trace (and the adds a fifth of the index's cost).
    private Dictionary<long, (int First, int Last)> _chainOf = [];
    private Node[] _nodes = new Node[4096];
    private int _nodeCount;
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
                var sketch = new TextSketch(row.ShingleCount, signature, NearDuplicateDetector.BucketsOf(signature));
                Add(new Entry(row.NewsId, row.ClusterId, sketch, acceptedAt));
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
    public void AddCommitted(long caughtUpTo, IReadOnlyList<(long Seq, Entry Entry)> stored)
    {
        lock (_sync)
        {
            if (_lastSeq != caughtUpTo)
            {
                return;
            }
            foreach (var (seq, entry) in stored.OrderBy(s => s.Seq))
            {
                Add(entry);
                _lastSeq = Math.Max(_lastSeq, seq);
            }
        }
    }

    private void Add(Entry entry)
    {
        foreach (var bucket in entry.Sketch.Buckets)
        {
            if (_nodeCount == _nodes.Length)
            {
                Array.Resize(ref _nodes, _nodes.Length * 2);
            }
            var node = _nodeCount++;
            _nodes[node] = new Node(entry, -1);
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

    /// <summary>The stored items that share at least one band key with <paramref name="sketch"/>,
    /// each once: band by band, oldest first within a band.</summary>
    public IReadOnlyCollection<Entry> Candidates(TextSketch sketch)
    {
        var found = new HashSet<Entry>(ReferenceEqualityComparer.Instance);
        var ordered = new List<Entry>();
        lock (_sync)
        {
            foreach (var bucket in sketch.Buckets)
            {
                if (_chainOf.TryGetValue(bucket, out var chain))
                {
                    for (var node = chain.First; node >= 0; node = _nodes[node].Next)
                    {
                        if (found.Add(_nodes[node].Entry))
                        {
                            ordered.Add(_nodes[node].Entry);
                        }
                    }
                }
            }
        }
        return ordered;
    }

    // Drops the entries that left the window (copies of a story appear within days of it): the
    // chains are rebuilt from the entries still inside, in their order.
    internal void Prune(DateTimeOffset now)
    {
        var kept = new List<Entry>();
        var seen = new HashSet<Entry>(ReferenceEqualityComparer.Instance);
        for (var node = 0; node < _nodeCount; node++)
        {
            var entry = _nodes[node].Entry;
            if (now - entry.AcceptedAt <= Window && seen.Add(entry))
            {
                kept.Add(entry);
            }
        }
        _chainOf = new Dictionary<long, (int First, int Last)>(kept.Count * NearDuplicateDetector.Bands);
        _nodes = new Node[Math.Max(4096, kept.Count * NearDuplicateDetector.Bands)];
        _nodeCount = 0;
        foreach (var entry in kept)
        {
            Add(entry);
        }
        _lastPrune = now;
    }

    private struct Node(Entry entry, int next)
    {
        public readonly Entry Entry = entry;
        public int Next = next;
    }
}
