using Dapper;
using Npgsql;

namespace SupplyRisk.Ingest.Feeds;

/// <summary>The <c>ingest.feed_state</c> rows: one per configured feed. A poll first claims
/// its feed (moves <c>next_poll_at</c> ahead in one statement), so two ingest instances with
/// the same configuration never poll one feed at once.</summary>
internal sealed class FeedStateStore(NpgsqlDataSource dataSource)
{
    /// <summary>How long a claim lasts if its poller dies before recording the outcome.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task EnsureAsync(IEnumerable<string> urls, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "INSERT INTO ingest.feed_state (url) SELECT unnest(@urls) ON CONFLICT (url) DO NOTHING",
            new { urls = urls.ToArray() }, cancellationToken: ct));
    }

    /// <summary>The state of <paramref name="url"/> if it is due now, claimed for this poll.</summary>
    public async Task<FeedState?> ClaimIfDueAsync(string url, DateTimeOffset now, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<FeedState>(new CommandDefinition(
            """
            UPDATE ingest.feed_state SET next_poll_at = @leaseUntil, last_polled_at = @now
            WHERE url = @url AND next_poll_at <= @now
            RETURNING url AS Url, etag AS ETag, last_modified AS LastModified, consecutive_failures AS ConsecutiveFailures
            """,
            new { url, now, leaseUntil = now + Lease }, cancellationToken: ct));
    }

    public async Task RecordSuccessAsync(string url, int status, string? etag, string? lastModified, int entries, int stored,
        DateTimeOffset now, DateTimeOffset next, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            """
            UPDATE ingest.feed_state
            SET last_status = @status, last_success_at = @now, next_poll_at = @next, consecutive_failures = 0, last_error = NULL,
                etag = coalesce(@etag, etag), last_modified = coalesce(@lastModified, last_modified),
                entries_seen = entries_seen + @entries, items_new = items_new + @stored
            WHERE url = @url
            """,
            new { url, status, etag, lastModified, entries, stored, now, next }, cancellationToken: ct));
    }

    public async Task RecordFailureAsync(string url, int? status, string error, int failures, DateTimeOffset next, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            """
            UPDATE ingest.feed_state
            SET last_status = @status, last_error = @error, consecutive_failures = @failures, next_poll_at = @next
            WHERE url = @url
            """,
            new { url, status, error = error.Length > 500 ? error[..500] : error, failures, next }, cancellationToken: ct));
    }
}
