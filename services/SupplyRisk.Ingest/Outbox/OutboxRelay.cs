using Dapper;
using MassTransit;
using Npgsql;
using SupplyRisk.Contracts;

namespace SupplyRisk.Ingest.Outbox;

/// <summary>Publishes <see cref="NewsItemIngested"/> for every outbox row, oldest first, and
/// deletes the rows only once the broker has confirmed them (publisher confirms). While the
/// broker is away the rows wait and the relay backs off; nothing is lost. A crash between
/// the confirm and the delete publishes a row twice: consumers are idempotent.</summary>
internal sealed partial class OutboxRelay(NpgsqlDataSource dataSource, IBus bus, OutboxSignal signal, ILogger<OutboxRelay> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await RelayBatchAsync(stoppingToken);
                backoff = TimeSpan.Zero;
                if (published < BatchSize)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                IngestMetrics.PublishFailures.Inc();
                backoff = TimeSpan.FromMilliseconds(Math.Clamp(backoff.TotalMilliseconds * 2, 250, 5000));
                LogRelayFailed(logger, backoff.TotalMilliseconds, e.Message);
                await Task.Delay(backoff, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<int> RelayBatchAsync(CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<OutboxRow>(new CommandDefinition(
            """
            SELECT o.id AS OutboxId, n.id AS NewsId, n.cluster_id AS ClusterId, n.title AS Title, n.body AS Body,
                   n.published_at AS PublishedAt, n.accepted_at AS AcceptedAt, n.source_kind AS SourceKind,
                   n.source AS Source, n.url AS Url, n.language AS Language
            FROM ingest.outbox o JOIN ingest.news_items n ON n.id = o.news_id
            ORDER BY o.id
            LIMIT @BatchSize
            """, new { BatchSize }, cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            IngestMetrics.OutboxPending.Set(0);
            return 0;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(PublishTimeout);
        // Publish the batch concurrently: each Publish completes when the broker confirms it.
        await Task.WhenAll(rows.Select(r => bus.Publish(r.ToMessage(), ctx => ctx.MessageId = r.NewsId, timeout.Token)));

        await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM ingest.outbox WHERE id = ANY(@ids)",
            new { ids = rows.Select(r => r.OutboxId).ToArray() }, cancellationToken: ct));
        IngestMetrics.OutboxPending.Set(rows.Count < BatchSize ? 0 : await conn.ExecuteScalarAsync<long>(
            new CommandDefinition("SELECT count(*) FROM ingest.outbox", cancellationToken: ct)));
        return rows.Count;
    }

    private sealed record OutboxRow(
        long OutboxId, Guid NewsId, Guid ClusterId, string Title, string Body, DateTime PublishedAt,
        DateTime AcceptedAt, string SourceKind, string? Source, string? Url, string? Language)
    {
        public NewsItemIngested ToMessage() => new(
            NewsId, ClusterId, Title, Body,
            new DateTimeOffset(DateTime.SpecifyKind(PublishedAt, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(AcceptedAt, DateTimeKind.Utc)),
            SourceKind, Source, Url, Language);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay could not publish; retrying in {BackoffMs} ms: {Reason}")]
    private static partial void LogRelayFailed(ILogger logger, double backoffMs, string reason);
}
