using Dapper;
using Npgsql;

namespace SupplyRisk.Ingest.News;

/// <summary>Stores a batch of candidates and their outbox rows in one transaction, in a
/// handful of statements whatever the batch size. Items that collide with a stored one (same
/// URL, content hash or client id) are answered with the stored item's id.</summary>
internal sealed class NewsItemStore(NpgsqlDataSource dataSource)
{
    public sealed record Stored(Guid Id, bool IsNew);

    /// <param name="candidates">Already free of duplicates among themselves.</param>
    public async Task<IReadOnlyList<Stored>> StoreAsync(IReadOnlyList<NewsCandidate> candidates, string sourceKind, DateTimeOffset acceptedAt, CancellationToken ct)
    {
        var ids = candidates.Select(_ => Guid.CreateVersion7(acceptedAt)).ToArray();
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);

        // ON CONFLICT DO NOTHING covers every unique key at once; a concurrent request that
        // stores the same story first makes ours wait, then skip.
        var inserted = (await conn.QueryAsync<Guid>(new CommandDefinition(
            """
            INSERT INTO ingest.news_items
                (id, cluster_id, client_id, title, body, published_at, accepted_at, source_kind, source, url, language, content_hash)
            SELECT id, id, client_id, title, body, published_at, @acceptedAt, @sourceKind, source, url, language, content_hash
            FROM unnest(@ids, @clientIds, @titles, @bodies, @publishedAts, @sources, @urls, @languages, @hashes)
                AS t(id, client_id, title, body, published_at, source, url, language, content_hash)
            ON CONFLICT DO NOTHING
            RETURNING id
            """,
            new
            {
                acceptedAt,
                sourceKind,
                ids,
                clientIds = candidates.Select(c => c.ClientId).ToArray(),
                titles = candidates.Select(c => c.Title).ToArray(),
                bodies = candidates.Select(c => c.Body).ToArray(),
                publishedAts = candidates.Select(c => c.PublishedAt).ToArray(),
                sources = candidates.Select(c => c.Source).ToArray(),
                urls = candidates.Select(c => c.Url).ToArray(),
                languages = candidates.Select(c => c.Language).ToArray(),
                hashes = candidates.Select(c => c.ContentHash).ToArray(),
            }, tx, cancellationToken: ct))).ToHashSet();

        if (inserted.Count > 0)
        {
            await conn.ExecuteAsync(new CommandDefinition(
                "INSERT INTO ingest.outbox (news_id) SELECT unnest(@ids) ORDER BY 1",
                new { ids = ids.Where(inserted.Contains).ToArray() }, tx, cancellationToken: ct));
        }

        var results = new Stored[candidates.Count];
        var missing = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (inserted.Contains(ids[i]))
            {
                results[i] = new Stored(ids[i], true);
            }
            else
            {
                missing.Add(i);
            }
        }
        if (missing.Count > 0)
        {
            var existing = (await conn.QueryAsync<(Guid Id, string? Url, byte[] Hash, string? ClientId)>(new CommandDefinition(
                """
                SELECT id, url, content_hash, client_id FROM ingest.news_items
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
                    ? new Stored(match.Id, false)
                    : throw new InvalidOperationException("An item was neither inserted nor found; retry the request.");
            }
        }

        await tx.CommitAsync(ct);
        return results;
    }

    public async Task<long> CountOutboxAsync(CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM ingest.outbox", cancellationToken: ct));
    }
}
