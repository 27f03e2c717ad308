using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using SupplyRisk.Contracts;

namespace SupplyRisk.Risk.Index;

/// <summary>Computes the index from stored contributions. Each story (cluster) counts once,
/// through its earliest-published item; a contribution c published at p weighs
/// c · 0.5^((t − p) / half-life) at time t ≥ p. Everything is a function of the stored rows
/// and t, so arrival order, replays and restarts cannot change the answer.</summary>
internal sealed class RiskIndexQueries(NpgsqlDataSource dataSource, Baselines baselines, SectorBuckets buckets, IOptions<RiskOptions> options)
{
    private RiskOptions Options => options.Value;

    // The earliest item of each (cluster, sector), kept by ScoredItemWriter: syndicated copies
    // count once. A story counts from its first publication; a copy published later does not
    // bring it back once the first has left the horizon.
    private const string EffectiveContributions =
        """
        SELECT news_id, sector, published_at, contribution
        FROM risk.effective_contributions
        WHERE published_at <= @to AND published_at > @since
        """;

    // The age goes through date_part, which gives double precision; extract() gives numeric
    // (PostgreSQL 14 and later), and converting it back took a noticeable share of each query.
    // Likewise the horizon's start comes computed (@since, below, and t.since per history
    // point): as "@from - @horizon" in the filter it was recomputed for every row.
    public async Task<IReadOnlyList<SectorRisk>> CurrentAsync(DateTimeOffset at, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var news = (await conn.QueryAsync<(string Sector, double News)>(new CommandDefinition(
            buckets.Ready ? CurrentFromBuckets : CurrentStoryByStory, Params(at, at), cancellationToken: ct)))
            .ToDictionary(r => r.Sector, r => r.News);
        return Sectors.All
            .Select(s => new SectorRisk(s, at, baselines.ScoreOf(s), Math.Round(news.GetValueOrDefault(s), 4)))
            .ToList();
    }

    private const string CurrentStoryByStory =
        $"""
        WITH e AS ({EffectiveContributions})
        SELECT sector, sum(contribution * power(0.5, date_part('epoch', @to - published_at) / @halfLifeSeconds))
        FROM e GROUP BY sector
        """;

    // The same sum through the day buckets (SectorBuckets): a whole day inside (since, to] adds
    // its sum decayed from the day's start; a day only partly inside (the horizon's first
    // day, or a day holding items published after "to") adds its stories one by one. Days are
    // 24 hours whatever the session's time zone.
    private const string CurrentFromBuckets =
        """
        WITH b AS (
            SELECT sector, bucket, weighted, min_published > @since AND max_published <= @to AS whole
            FROM risk.sector_buckets
            WHERE half_life_seconds = @halfLifeSeconds AND rows > 0
              AND bucket <= @to AND bucket + interval '24 hours' > @since
        )
        SELECT sector, sum(v) FROM (
            SELECT sector, weighted * power(0.5, date_part('epoch', @to - bucket) / @halfLifeSeconds) AS v
            FROM b WHERE whole
            UNION ALL
            SELECT e.sector, e.contribution * power(0.5, date_part('epoch', @to - e.published_at) / @halfLifeSeconds)
            FROM b JOIN risk.effective_contributions e
                ON e.sector = b.sector AND e.published_at >= b.bucket AND e.published_at < b.bucket + interval '24 hours'
            WHERE NOT b.whole AND e.published_at <= @to AND e.published_at > @since
        ) AS parts
        GROUP BY sector
        """;

    public async Task<IReadOnlyList<SectorRisk>> HistoryAsync(string sector, DateTimeOffset from, DateTimeOffset to, TimeSpan step, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var p = Params(from, to);
        p.Add("sector", sector);
        p.Add("step", step);
        var rows = await conn.QueryAsync<(DateTime At, double News)>(new CommandDefinition(
            $"""
            WITH e AS (SELECT * FROM ({EffectiveContributions}) c WHERE sector = @sector)
            SELECT t.at, coalesce(sum(e.contribution * power(0.5, date_part('epoch', t.at - e.published_at) / @halfLifeSeconds)), 0)
            FROM (SELECT at, at - @horizon AS since FROM generate_series(@from, @to, @step) AS g(at)) AS t
            LEFT JOIN e ON e.published_at <= t.at AND e.published_at > t.since
            GROUP BY t.at ORDER BY t.at
            """, p, cancellationToken: ct));
        var baseline = baselines.ScoreOf(sector);
        return rows.Select(r => new SectorRisk(sector, new DateTimeOffset(DateTime.SpecifyKind(r.At, DateTimeKind.Utc)), baseline, Math.Round(r.News, 4))).ToList();
    }

    /// <summary>The items weighing most on a sector now, by the size of their decayed contribution.</summary>
    public async Task<IReadOnlyList<RiskDriver>> DriversAsync(string sector, DateTimeOffset at, int count, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var p = Params(at, at);
        p.Add("sector", sector);
        p.Add("count", count);
        var rows = await conn.QueryAsync<(Guid NewsId, string Title, string? Url, DateTime PublishedAt, double Now, double Initial)>(new CommandDefinition(
            $"""
            WITH e AS (SELECT * FROM ({EffectiveContributions}) c WHERE sector = @sector),
                 d AS (SELECT news_id, published_at, contribution,
                              contribution * power(0.5, date_part('epoch', @to - published_at) / @halfLifeSeconds) AS now_value
                       FROM e)
            SELECT d.news_id, i.title, i.url, d.published_at, d.now_value, d.contribution
            FROM d JOIN risk.scored_items i ON i.news_id = d.news_id
            ORDER BY abs(d.now_value) DESC, d.news_id
            LIMIT @count
            """, p, cancellationToken: ct));
        return rows.Select(r => new RiskDriver(r.NewsId, r.Title, r.Url,
            new DateTimeOffset(DateTime.SpecifyKind(r.PublishedAt, DateTimeKind.Utc)), Math.Round(r.Now, 4), r.Initial)).ToList();
    }

    private DynamicParameters Params(DateTimeOffset from, DateTimeOffset to)
    {
        var p = new DynamicParameters();
        p.Add("from", from.ToUniversalTime());
        p.Add("to", to.ToUniversalTime());
        p.Add("horizon", Options.Horizon);
        // A history may start in year 1; the horizon then reaches back to the earliest date .NET has.
        p.Add("since", from.UtcTicks > Options.Horizon.Ticks ? from.ToUniversalTime() - Options.Horizon : DateTimeOffset.MinValue);
        p.Add("halfLifeSeconds", Options.HalfLife.TotalSeconds);
        return p;
    }
}
