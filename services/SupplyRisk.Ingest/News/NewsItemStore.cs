using Dapper;
using Npgsql;
using SupplyRisk.Ingest.NearDuplicates;
using SupplyRisk.Ingest.Outbox;

namespace SupplyRisk.Ingest.News;

/// <summary>Stores a batch of candidates and their outbox rows in one transaction, in a
/// handful of statements whatever the batch size. Items that collide with a stored one (same
/// URL, content hash or client id) are answered with the stored item's id. Items long enough
/// to sketch are matched against recent stored stories (<see cref="SketchIndex"/>, in memory)
/// and against earlier items of the batch; a near-duplicate is stored with the cluster of the
/// story it copies.</summary>
internal sealed class NewsItemStore(NpgsqlDataSource dataSource, SketchIndex sketchIndex, OutboxSignal outbox)
{
    // One batch with sketches at a time in this process, so requests queue here rather than
    // each holding a database connection while it waits for the advisory lock.
    private readonly SemaphoreSlim _nearDuplicateGate = new(1, 1);

    /// <param name="DuplicateOf">For a near-duplicate: the stored item it was matched to.</param>
    public sealed record Stored(Guid Id, bool IsNew, Guid ClusterId, Guid? DuplicateOf);

    /// <param name="candidates">Already free of exact duplicates among themselves.</param>
    /// <param name="sketches">One per candidate; null for a text too short to compare.</param>
    public async Task<IReadOnlyList<Stored>> StoreAsync(IReadOnlyList<NewsCandidate> candidates, IReadOnlyList<TextSketch?> sketches,
        string sourceKind, DateTimeOffset acceptedAt, CancellationToken ct)
    {
        var sketched = sketches.Any(sk => sk is not null);
        if (!sketched)
        {
            return await StoreLockedAsync(candidates, sketches, sourceKind, acceptedAt, ct);
        }
        await _nearDuplicateGate.WaitAsync(ct);
        try
        {
            return await StoreLockedAsync(candidates, sketches, sourceKind, acceptedAt, ct);
        }
        finally
        {
            _nearDuplicateGate.Release();
        }
    }

    private async Task<IReadOnlyList<Stored>> StoreLockedAsync(IReadOnlyList<NewsCandidate> candidates, IReadOnlyList<TextSketch?> sketches,
        string sourceKind, DateTimeOffset acceptedAt, CancellationToken ct)
    {
        var ids = candidates.Select(_ => Guid.CreateVersion7(acceptedAt)).ToArray();
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);

        var (matches, caughtUpTo) = await FindNearDuplicatesAsync(conn, tx, ids, sketches, ct);
        var clusterIds = new Guid[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            clusterIds[i] = matches[i] switch
            {
                { Stored: { } s } => s.ClusterId,
                { BatchIndex: { } b } => clusterIds[b],
                _ => ids[i],
            };
        }

        // ON CONFLICT DO NOTHING covers every unique key at once; a concurrent request that
        // stores the same story first makes ours wait, then skip.
        var inserted = (await conn.QueryAsync<Guid>(new CommandDefinition(
            """
            INSERT INTO ingest.news_items
                (id, cluster_id, duplicate_of, client_id, title, body, published_at, accepted_at, source_kind, source, url, language, content_hash)
            SELECT id, cluster_id, duplicate_of, client_id, title, body, published_at, @acceptedAt, @sourceKind, source, url, language, content_hash
            FROM unnest(@ids, @clusterIds, @duplicateOfs, @clientIds, @titles, @bodies, @publishedAts, @sources, @urls, @languages, @hashes)
                AS t(id, cluster_id, duplicate_of, client_id, title, body, published_at, source, url, language, content_hash)
            ON CONFLICT DO NOTHING
            RETURNING id
            """,
            new
            {
                acceptedAt,
                sourceKind,
                ids,
                clusterIds,
                duplicateOfs = matches.Select((m, i) => m.Stored?.NewsId ?? (m.BatchIndex is { } b ? ids[b] : (Guid?)null)).ToArray(),
                clientIds = candidates.Select(c => c.ClientId).ToArray(),
                titles = candidates.Select(c => c.Title).ToArray(),
                bodies = candidates.Select(c => c.Body).ToArray(),
                publishedAts = candidates.Select(c => c.PublishedAt).ToArray(),
                sources = candidates.Select(c => c.Source).ToArray(),
                urls = candidates.Select(c => c.Url).ToArray(),
                languages = candidates.Select(c => c.Language).ToArray(),
                hashes = candidates.Select(c => c.ContentHash).ToArray(),
            }, tx, cancellationToken: ct))).ToHashSet();

        var results = new Stored[candidates.Count];
        var missing = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (inserted.Contains(ids[i]))
            {
                results[i] = new Stored(ids[i], true, clusterIds[i], matches[i].Stored?.NewsId ?? (matches[i].BatchIndex is { } b ? ids[b] : null));
            }
            else
            {
                missing.Add(i);
            }
        }
        if (missing.Count > 0)
        {
            await ResolveExistingAsync(conn, tx, candidates, missing, results, ct);
            await RepointAsync(conn, tx, ids, matches, results, ct);
        }

        var storedSketches = await SaveSketchesAsync(conn, tx, sketches, results, acceptedAt, ct);
        var newIds = results.Where(r => r.IsNew).Select(r => r.Id).ToArray();
        var outboxIds = newIds.Length == 0 ? [] : (await conn.QueryAsync<(long Id, Guid NewsId)>(new CommandDefinition(
            "INSERT INTO ingest.outbox (news_id) SELECT unnest(@ids) ORDER BY 1 RETURNING id, news_id",
            new { ids = newIds }, tx, cancellationToken: ct))).ToList();

        await tx.CommitAsync(ct);
        if (storedSketches.Count > 0)
        {
            sketchIndex.AddCommitted(caughtUpTo, storedSketches);
        }
        if (outboxIds.Count > 0)
        {
            outbox.HandOver(OutboxRows(outboxIds, candidates, results, sourceKind, acceptedAt));
        }
        return results;
    }

    // The committed outbox rows with their items, as the relay would read them back.
    private static List<OutboxRow> OutboxRows(List<(long Id, Guid NewsId)> outboxIds, IReadOnlyList<NewsCandidate> candidates,
        Stored[] results, string sourceKind, DateTimeOffset acceptedAt)
    {
        var indexOf = new Dictionary<Guid, int>(results.Length);
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].IsNew)
            {
                indexOf[results[i].Id] = i;
            }
        }
        var accepted = OutboxRow.AsStored(acceptedAt);
        return outboxIds
            .OrderBy(o => o.Id)
            .Select(o =>
            {
                var i = indexOf[o.NewsId];
                var c = candidates[i];
                return new OutboxRow(o.Id, o.NewsId, results[i].ClusterId, c.Title, c.Body, OutboxRow.AsStored(c.PublishedAt),
                    accepted, sourceKind, c.Source, c.Url, c.Language);
            })
            .ToList();
    }

    /// <summary>The item each candidate copies, if any: a recent stored story sharing a band key
    /// (the in-memory <see cref="SketchIndex"/>), or an earlier candidate of the same batch; the
    /// closest match wins.</summary>
    private async Task<(Match[] Matches, long CaughtUpTo)> FindNearDuplicatesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Guid[] ids,
        IReadOnlyList<TextSketch?> sketches, CancellationToken ct)
    {
        var matches = new Match[ids.Length];
        if (!sketches.Any(s => s is not null))
        {
            return (matches, 0);
        }
        // Batches that may hold copies of each other's stories take turns here, so two copies
        // arriving at once cannot both miss the other and start two clusters.
        await conn.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtext('ingest.near-duplicates'))", transaction: tx, cancellationToken: ct));
        var caughtUpTo = await sketchIndex.CatchUpAsync(conn, tx, ct);
        var batchByBucket = new Dictionary<long, List<int>>();
        for (var i = 0; i < ids.Length; i++)
        {
            if (sketches[i] is not { } sketch)
            {
                continue;
            }
            var (stored, best) = sketchIndex.BestMatch(sketch);
            var match = stored is null ? default : new Match(stored, null);
            foreach (var j in sketch.Buckets.SelectMany(b => batchByBucket.GetValueOrDefault(b) ?? []).Distinct())
            {
                if (NearDuplicateDetector.Match(sketch, sketches[j]!) is { } score && score > best)
                {
                    (best, match) = (score, new Match(null, j));
                }
            }
            matches[i] = match;
            foreach (var bucket in sketch.Buckets)
            {
                Add(batchByBucket, bucket, i);
            }
        }
        return (matches, caughtUpTo);
    }

    private static async Task ResolveExistingAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<NewsCandidate> candidates,
        List<int> missing, Stored[] results, CancellationToken ct)
    {
        var existing = (await conn.QueryAsync<(Guid Id, Guid ClusterId, string? Url, byte[] Hash, string? ClientId)>(new CommandDefinition(
            """
            SELECT id, cluster_id, url, content_hash, client_id FROM ingest.news_items
            WHERE content_hash = ANY(@hashes) OR url = ANY(@urls) OR client_id = ANY(@clientIds)
            """,
            new
            {
                hashes = missing.Select(i => candidates[i].ContentHash).ToArray(),
                urls = missing.Select(i => candidates[i].Url).OfType<string>().ToArray(),
                clientIds = missing.Select(i => candidates[i].ClientId).OfType<string>().ToArray(),
            }, tx, cancellationToken: ct))).ToList();
        foreach (var i in missing)
        {
            var c = candidates[i];
            var match = existing.FirstOrDefault(e =>
                (c.ClientId is not null && e.ClientId == c.ClientId)
                || (c.Url is not null && e.Url == c.Url)
                || e.Hash.AsSpan().SequenceEqual(c.ContentHash));
            results[i] = match.Id != Guid.Empty
                ? new Stored(match.Id, false, match.ClusterId, null)
                : throw new InvalidOperationException("An item was neither inserted nor found; retry the request.");
        }
    }

    /// <summary>A stored near-duplicate of an earlier batch item that turned out to be an exact
    /// duplicate of a stored story joins that story's cluster instead (rare: one statement).</summary>
    private static async Task RepointAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Guid[] ids, Match[] matches, Stored[] results, CancellationToken ct)
    {
        var changed = new List<int>();
        for (var i = 0; i < results.Length; i++)
        {
            if (!results[i].IsNew || matches[i].BatchIndex is not { } b)
            {
                continue;
            }
            var target = results[b];
            if (target.ClusterId != results[i].ClusterId || target.Id != results[i].DuplicateOf)
            {
                results[i] = results[i] with { ClusterId = target.ClusterId, DuplicateOf = target.Id };
                changed.Add(i);
            }
        }
        if (changed.Count > 0)
        {
            await conn.ExecuteAsync(new CommandDefinition(
                """
                UPDATE ingest.news_items n SET cluster_id = t.cluster_id, duplicate_of = t.duplicate_of
                FROM unnest(@ids, @clusterIds, @duplicateOfs) AS t(id, cluster_id, duplicate_of)
                WHERE n.id = t.id
                """,
                new
                {
                    ids = changed.Select(i => ids[i]).ToArray(),
                    clusterIds = changed.Select(i => results[i].ClusterId).ToArray(),
                    duplicateOfs = changed.Select(i => results[i].DuplicateOf).ToArray(),
                }, tx, cancellationToken: ct));
        }
    }

    /// <summary>Stores the sketches of the new items; returns them with their <c>seq</c>, for the
    /// in-memory index once the transaction has committed.</summary>
    private static async Task<IReadOnlyList<(long Seq, SketchIndex.Entry Entry, TextSketch Sketch)>> SaveSketchesAsync(NpgsqlConnection conn, NpgsqlTransaction tx,
        IReadOnlyList<TextSketch?> sketches, Stored[] results, DateTimeOffset acceptedAt, CancellationToken ct)
    {
        var rows = Enumerable.Range(0, results.Length).Where(i => results[i].IsNew && sketches[i] is not null).ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        var seqs = (await conn.QueryAsync<(Guid NewsId, long Seq)>(new CommandDefinition(
            """
            INSERT INTO ingest.news_sketches (news_id, shingle_count, minhash)
            SELECT * FROM unnest(@ids, @counts, @minhashes)
            RETURNING news_id, seq
            """,
            new
            {
                ids = rows.Select(i => results[i].Id).ToArray(),
                counts = rows.Select(i => sketches[i]!.ShingleCount).ToArray(),
                minhashes = rows.Select(i => sketches[i]!.MinHashBytes()).ToArray(),
            }, tx, cancellationToken: ct))).ToDictionary(r => r.NewsId, r => r.Seq);
        return rows
            .Select(i => (seqs[results[i].Id], new SketchIndex.Entry(results[i].Id, results[i].ClusterId, acceptedAt), sketches[i]!))
            .ToList();
    }

    private static void Add(Dictionary<long, List<int>> index, long bucket, int value)
    {
        if (!index.TryGetValue(bucket, out var list))
        {
            index[bucket] = list = [];
        }
        list.Add(value);
    }

    /// <summary>What a candidate copies: a stored story or an earlier item of the batch.</summary>
    private readonly record struct Match(SketchIndex.Entry? Stored, int? BatchIndex);
}
