using Dapper;
using Npgsql;
using SupplyRisk.Contracts;

namespace SupplyRisk.Risk.Index;

/// <summary>Stores scored items and their contributions, each item once (its news id is the
/// key), and keeps <c>risk.effective_contributions</c>, the earliest item of each story and
/// sector, with its day sums (<see cref="SectorBuckets"/>): a batch in one transaction, under
/// the writers' lock, in three statements.</summary>
internal sealed class ScoredItemWriter(NpgsqlDataSource dataSource, SectorBuckets buckets)
{
    /// <summary>Returns the items that were new (not stored by an earlier delivery).</summary>
    public async Task<IReadOnlyList<NewsItemScored>> SaveAsync(IReadOnlyList<NewsItemScored> items, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await SectorBuckets.LockAsync(conn, tx, ct);
        var inserted = (await conn.QueryAsync<Guid>(new CommandDefinition(
            """
            INSERT INTO risk.scored_items
                (news_id, cluster_id, title, url, source, published_at, accepted_at, overall, model_version)
            SELECT * FROM unnest(@newsIds, @clusterIds, @titles, @urls, @sources, @publishedAts, @acceptedAts, @overalls, @modelVersions)
            ON CONFLICT (news_id) DO NOTHING
            RETURNING news_id
            """,
            new
            {
                newsIds = items.Select(i => i.NewsId).ToArray(),
                clusterIds = items.Select(i => i.ClusterId).ToArray(),
                titles = items.Select(i => i.Title).ToArray(),
                urls = items.Select(i => i.Url).ToArray(),
                sources = items.Select(i => i.Source).ToArray(),
                publishedAts = items.Select(i => i.PublishedAt.ToUniversalTime()).ToArray(),
                acceptedAts = items.Select(i => i.AcceptedAt.ToUniversalTime()).ToArray(),
                overalls = items.Select(i => i.Overall).ToArray(),
                modelVersions = items.Select(i => i.ModelVersion).ToArray(),
            }, tx, cancellationToken: ct))).ToHashSet();

        var fresh = items.Where(i => inserted.Contains(i.NewsId)).ToList();
        var rows = fresh
            .SelectMany(i => (i.Sectors ?? [])
                .Where(s => Sectors.IsKnown(s.Sector) && double.IsFinite(s.Contribution) && s.Contribution != 0)
                .Select(s => (Item: i, s.Sector, s.Contribution)))
            .ToList();
        if (rows.Count > 0)
        {
            // The contributions; then the row that counts for each story and sector, the earliest
            // item whichever arrived first; then the day sums, plus the rows that now count and
            // minus the rows they replaced. Under the lock no other writer changes these tables,
            // so "previous", read at the statement's start, is what the upsert replaces. (Rows go
            // in key order, so two transactions would lock shared keys in the same order.)
            await conn.ExecuteAsync(new CommandDefinition(
                $"""
                WITH inserted AS (
                    INSERT INTO risk.contributions (news_id, sector, cluster_id, published_at, contribution)
                    SELECT * FROM unnest(@newsIds, @sectors, @clusterIds, @publishedAts, @contributions)
                    ON CONFLICT (news_id, sector) DO NOTHING
                    RETURNING cluster_id, sector, news_id, published_at, contribution
                ),
                candidate AS (
                    SELECT DISTINCT ON (cluster_id, sector) cluster_id, sector, news_id, published_at, contribution
                    FROM inserted
                    ORDER BY cluster_id, sector, published_at, news_id
                ),
                previous AS (
                    SELECT e.cluster_id, e.sector, e.news_id, e.published_at, e.contribution
                    FROM risk.effective_contributions e JOIN candidate c USING (cluster_id, sector)
                ),
                winner AS (
                    SELECT c.* FROM candidate c LEFT JOIN previous p USING (cluster_id, sector)
                    WHERE p.cluster_id IS NULL OR (c.published_at, c.news_id) < (p.published_at, p.news_id)
                ),
                upserted AS (
                    INSERT INTO risk.effective_contributions AS e (cluster_id, sector, news_id, published_at, contribution)
                    SELECT cluster_id, sector, news_id, published_at, contribution FROM winner
                    ORDER BY cluster_id, sector
                    ON CONFLICT (cluster_id, sector) DO UPDATE
                    SET news_id = excluded.news_id, published_at = excluded.published_at, contribution = excluded.contribution
                ),
                delta AS (
                    SELECT sector, published_at, contribution, 1 AS n FROM winner
                    UNION ALL
                    SELECT p.sector, p.published_at, -p.contribution, -1 FROM previous p JOIN winner w USING (cluster_id, sector)
                )
                {SectorBuckets.UpsertFromDelta}
                """,
                new
                {
                    newsIds = rows.Select(r => r.Item.NewsId).ToArray(),
                    sectors = rows.Select(r => r.Sector).ToArray(),
                    clusterIds = rows.Select(r => r.Item.ClusterId).ToArray(),
                    publishedAts = rows.Select(r => r.Item.PublishedAt.ToUniversalTime()).ToArray(),
                    contributions = rows.Select(r => r.Contribution).ToArray(),
                    halfLifeSeconds = buckets.HalfLifeSeconds,
                }, tx, cancellationToken: ct));
        }
        await tx.CommitAsync(ct);
        return fresh;
    }
}
