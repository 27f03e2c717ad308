using Dapper;
using MassTransit;
using Npgsql;
using SupplyRisk.Contracts;

namespace SupplyRisk.Ingest.Outbox;

/// <summary>Publishes <see cref="NewsItemIngested"/> for every outbox row, oldest first, and
/// deletes the rows only once the broker has confirmed them (publisher confirms). The rows come
/// in memory from the transactions that stored them (<see cref="OutboxSignal"/>), or from the
/// table: at start, after a failure or an overflow until the table is drained, and whenever
/// nothing is in hand. While the broker is away the rows wait and the relay backs off; nothing
/// is lost. A crash between the confirm and the delete publishes a row twice: consumers are
/// idempotent.</summary>
internal sealed partial class OutboxRelay(NpgsqlDataSource dataSource, IBus bus, OutboxSignal signal, ILogger<OutboxRelay> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    // Read the table before taking rows in hand: at start (rows an earlier run left), and after
    // a failure or an overflow (rows taken from hand and not published are only there now).
    private bool _readTable = true;

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
                _readTable = true;
                IngestMetrics.PublishFailures.Inc();
                backoff = TimeSpan.FromMilliseconds(Math.Clamp(backoff.TotalMilliseconds * 2, 250, 5000));
                LogRelayFailed(logger, backoff.TotalMilliseconds, e.Message);
                await Task.Delay(backoff, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<int> RelayBatchAsync(CancellationToken ct)
    {
        _readTable |= signal.TakeOverflow();
        if (!_readTable && signal.Take(BatchSize) is { Count: > 0 } inHand)
        {
            await PublishAsync(inHand, ct);
            await using var conn = await dataSource.OpenConnectionAsync(ct);
            await DeleteAsync(conn, inHand, ct);
            IngestMetrics.OutboxPending.Set(signal.InHand);
            return inHand.Count;
        }
        return await RelayFromTableAsync(ct);
    }

    private async Task<int> RelayFromTableAsync(CancellationToken ct)
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
            _readTable = false;
            IngestMetrics.OutboxPending.Set(signal.InHand);
            return 0;
        }

        await PublishAsync(rows, ct);
        await DeleteAsync(conn, rows, ct);
        signal.PublishedFromTable(rows.Select(r => r.OutboxId).ToList());
        if (rows.Count < BatchSize)
        {
            _readTable = false;
        }
        IngestMetrics.OutboxPending.Set(rows.Count < BatchSize ? signal.InHand : await conn.ExecuteScalarAsync<long>(
            new CommandDefinition("SELECT count(*) FROM ingest.outbox", cancellationToken: ct)));
        return rows.Count;
    }

    // Concurrently: each Publish completes when the broker confirms it.
    private async Task PublishAsync(List<OutboxRow> rows, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(PublishTimeout);
        await Task.WhenAll(rows.Select(r => bus.Publish(r.ToMessage(), ctx => ctx.MessageId = r.NewsId, timeout.Token)));
    }

    private static Task DeleteAsync(NpgsqlConnection conn, List<OutboxRow> rows, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM ingest.outbox WHERE id = ANY(@ids)",
            new { ids = rows.Select(r => r.OutboxId).ToArray() }, cancellationToken: ct));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay could not publish; retrying in {BackoffMs} ms: {Reason}")]
    private static partial void LogRelayFailed(ILogger logger, double backoffMs, string reason);
}
