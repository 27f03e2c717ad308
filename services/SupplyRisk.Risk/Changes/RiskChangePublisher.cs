using System.Text.Json;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Options;
using Npgsql;
using SupplyRisk.Contracts;
using SupplyRisk.Risk.Index;

namespace SupplyRisk.Risk.Changes;

/// <summary>Compares each sector's current index with its last published state and publishes
/// <see cref="SectorRiskChanged"/> where <see cref="ChangeDetector"/> says so. The first
/// computation for a sector only records the reference. The state row is updated after the
/// broker confirmed the event: a crash in between sends the event again (at least once).</summary>
internal sealed partial class RiskChangePublisher(
    NpgsqlDataSource dataSource, IBus bus, IOptions<RiskOptions> options, ILogger<RiskChangePublisher> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task EvaluateAsync(RiskSnapshot current, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var states = (await conn.QueryAsync<(string Sector, double Score, string Band)>(new CommandDefinition(
            "SELECT sector, score, band FROM risk.sector_state", cancellationToken: ct)))
            .ToDictionary(s => s.Sector);

        foreach (var risk in current.Sectors)
        {
            if (!states.TryGetValue(risk.Sector, out var last))
            {
                await SaveStateAsync(conn, risk.Sector, risk.Score, risk.Band, risk.At, ct);
                continue;
            }
            var decision = ChangeDetector.Decide(last.Score, last.Band, risk.Score, options.Value.ChangeStep, options.Value.BandMargin);
            if (!decision.Changed)
            {
                continue;
            }
            var drivers = await current.DriversAsync(risk.Sector, ct);
            var message = new SectorRiskChanged(
                risk.Sector, last.Score, risk.Score, last.Band, decision.Band,
                risk.Score >= last.Score ? Directions.Up : Directions.Down,
                risk.At, risk.Baseline, risk.News, drivers);
            await bus.Publish(message, ct);
            RiskMetrics.Changes.WithLabels(message.Sector, message.Direction).Inc();
            LogChanged(logger, message.Sector, message.PreviousScore, message.Score, message.Band);

            await using var tx = await conn.BeginTransactionAsync(ct);
            await conn.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO risk.risk_changes (sector, previous_score, score, previous_band, band, direction, occurred_at, payload)
                VALUES (@Sector, @PreviousScore, @Score, @PreviousBand, @Band, @Direction, @OccurredAt, @payload::jsonb)
                """,
                new
                {
                    message.Sector, message.PreviousScore, message.Score, message.PreviousBand, message.Band, message.Direction,
                    OccurredAt = message.OccurredAt.ToUniversalTime(),
                    payload = JsonSerializer.Serialize(message, Json),
                }, tx, cancellationToken: ct));
            await SaveStateAsync(conn, risk.Sector, risk.Score, decision.Band, risk.At, ct, tx);
            await tx.CommitAsync(ct);
        }
    }

    private static Task SaveStateAsync(NpgsqlConnection conn, string sector, double score, string band, DateTimeOffset at,
        CancellationToken ct, NpgsqlTransaction? tx = null) =>
        conn.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO risk.sector_state (sector, score, band, updated_at) VALUES (@sector, @score, @band, @at)
            ON CONFLICT (sector) DO UPDATE SET score = excluded.score, band = excluded.band, updated_at = excluded.updated_at
            """, new { sector, score, band, at = at.ToUniversalTime() }, tx, cancellationToken: ct));

    [LoggerMessage(Level = LogLevel.Information, Message = "Sector {Sector} risk changed {PreviousScore} -> {Score} ({Band})")]
    private static partial void LogChanged(ILogger logger, string sector, double previousScore, double score, string band);
}
