using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SupplyRisk.Risk.Index;

/// <summary>Each sector's stories summed per UTC day, ahead of time (<c>risk.sector_buckets</c>;
/// migration 0004 gives the arithmetic), so the index "now" reads one row per sector and day
/// instead of every story in the horizon. <see cref="ScoredItemWriter"/> keeps the rows as it
/// changes <c>risk.effective_contributions</c>; <see cref="EnsureConsistentAsync"/> checks them
/// at start and rebuilds them if needed; until then <see cref="Ready"/> is false and the index
/// is summed story by story.</summary>
internal sealed partial class SectorBuckets(NpgsqlDataSource dataSource, IOptions<RiskOptions> options, ILogger<SectorBuckets> logger)
{
    // One key for everything that changes effective contributions or their buckets, so the rows
    // a writer replaces are the rows it read, and a rebuild sees no half-written batch.
    private const string LockSql = "SELECT pg_advisory_xact_lock(hashtext('risk.effective-contributions'))";

    private volatile bool _ready;

    /// <summary>True once this process has seen the buckets agree with the stories.</summary>
    public bool Ready => _ready;

    public double HalfLifeSeconds => options.Value.HalfLife.TotalSeconds;

    /// <summary>Takes the writers' lock for the rest of <paramref name="tx"/>.</summary>
    public static Task LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(LockSql, transaction: tx, cancellationToken: ct));

    /// <summary>The day buckets of a set of signed changes (<c>delta</c>: sector, published_at,
    /// contribution, n = +1 for a row added, -1 for a row removed), as SQL to append to a
    /// statement that defines <c>delta</c>. Takes <c>@halfLifeSeconds</c>.</summary>
    public const string UpsertFromDelta =
        """
        INSERT INTO risk.sector_buckets AS b (sector, bucket, half_life_seconds, weighted, rows, min_published, max_published)
        SELECT sector, date_trunc('day', published_at, 'UTC'), @halfLifeSeconds,
               sum(contribution * power(2, date_part('epoch', published_at - date_trunc('day', published_at, 'UTC')) / @halfLifeSeconds)),
               sum(n), min(published_at) FILTER (WHERE n > 0), max(published_at) FILTER (WHERE n > 0)
        FROM delta
        GROUP BY 1, 2
        ORDER BY 1, 2
        ON CONFLICT (sector, half_life_seconds, bucket) DO UPDATE
        SET rows = b.rows + excluded.rows,
            -- an emptied day is exactly zero, not the rounding left by adding and taking away
            weighted = CASE WHEN b.rows + excluded.rows = 0 THEN 0 ELSE b.weighted + excluded.weighted END,
            min_published = least(b.min_published, excluded.min_published),
            max_published = greatest(b.max_published, excluded.max_published)
        """;

    /// <summary>Checks that the buckets for the configured half-life count every effective
    /// row, and rebuilds them from <c>risk.effective_contributions</c> when they do not.</summary>
    public async Task EnsureConsistentAsync(CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LockAsync(conn, tx, ct);
        var p = new { halfLifeSeconds = HalfLifeSeconds };
        var (stories, counted, others) = await conn.QuerySingleAsync<(long, long, long)>(new CommandDefinition(
            """
            SELECT (SELECT count(*) FROM risk.effective_contributions),
                   (SELECT coalesce(sum(rows), 0) FROM risk.sector_buckets WHERE half_life_seconds = @halfLifeSeconds),
                   (SELECT count(*) FROM risk.sector_buckets WHERE half_life_seconds <> @halfLifeSeconds)
            """, p, tx, cancellationToken: ct));
        if (stories != counted || others > 0)
        {
            LogRebuilding(logger, stories, counted, others);
            await conn.ExecuteAsync(new CommandDefinition(
                $"""
                DELETE FROM risk.sector_buckets;
                WITH delta AS (SELECT sector, published_at, contribution, 1 AS n FROM risk.effective_contributions)
                {UpsertFromDelta}
                """, p, tx, cancellationToken: ct));
        }
        await tx.CommitAsync(ct);
        _ready = true;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Rebuilding the day buckets of the risk index: {Stories} effective rows, {Counted} counted by the buckets, {Others} buckets of another half-life")]
    private static partial void LogRebuilding(ILogger logger, long stories, long counted, long others);
}
