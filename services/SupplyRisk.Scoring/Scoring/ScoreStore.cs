using System.Text.Json;
using Dapper;
using Npgsql;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Scoring;

/// <summary>Scores keyed by (news id, model version), written a batch per statement.</summary>
internal sealed class ScoreStore(NpgsqlDataSource dataSource)
{

    /// <summary>Inserts the scores not stored yet; returns how many were new.</summary>
    public async Task<int> SaveAsync(IReadOnlyList<ScoredItem> items, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO scoring.news_scores
                (news_id, model_version, cluster_id, title, url, source, published_at, accepted_at, overall, result)
            SELECT * FROM unnest(@newsIds, @modelVersions, @clusterIds, @titles, @urls, @sources,
                                 @publishedAts, @acceptedAts, @overalls, @results)
            ON CONFLICT (news_id, model_version) DO NOTHING
            """,
            new
            {
                newsIds = items.Select(i => i.Item.NewsId).ToArray(),
                modelVersions = items.Select(i => i.Result.ModelVersion).ToArray(),
                clusterIds = items.Select(i => i.Item.ClusterId).ToArray(),
                titles = items.Select(i => i.Item.Title).ToArray(),
                urls = items.Select(i => i.Item.Url).ToArray(),
                sources = items.Select(i => i.Item.Source).ToArray(),
                publishedAts = items.Select(i => i.Item.PublishedAt.ToUniversalTime()).ToArray(),
                acceptedAts = items.Select(i => i.Item.AcceptedAt.ToUniversalTime()).ToArray(),
                overalls = items.Select(i => i.Result.Overall).ToArray(),
                results = items.Select(i => Api.ScoreResultWriter.ToJson(i.Result)).ToArray(),
            }, cancellationToken: ct));
    }

    public sealed record StoredScore(Guid NewsId, string Title, string? Url, string? Source, DateTimeOffset PublishedAt,
        DateTimeOffset ScoredAt, ScoreResult Score);

    /// <summary>The item's score under the newest model version that scored it.</summary>
    public async Task<StoredScore?> FindAsync(Guid newsId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<(Guid NewsId, string Title, string? Url, string? Source, DateTime PublishedAt, DateTime ScoredAt, string Result)>(
            new CommandDefinition(
                """
                SELECT news_id, title, url, source, published_at, scored_at, result::text
                FROM scoring.news_scores WHERE news_id = @newsId
                ORDER BY scored_at DESC LIMIT 1
                """, new { newsId }, cancellationToken: ct));
        if (row.Result is null)
        {
            return null;
        }
        return new StoredScore(row.NewsId, row.Title, row.Url, row.Source,
            new DateTimeOffset(DateTime.SpecifyKind(row.PublishedAt, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(row.ScoredAt, DateTimeKind.Utc)),
            JsonSerializer.Deserialize(row.Result, Api.ScoreJson.Api.ScoreResult)!);
    }
}
