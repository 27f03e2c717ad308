using Microsoft.Extensions.Options;
using SupplyRisk.Risk.Changes;

namespace SupplyRisk.Risk.Index;

/// <summary>Recomputes every sector's index after new contributions (at most every
/// <see cref="MinInterval"/>, so a burst costs one query, not one per message) and on a
/// timer, because decay goes on with the clock; sets the gauges and raises change events.</summary>
internal sealed partial class RiskRecalculator(
    CurrentRisk currentRisk, RiskChangePublisher changes, RecomputeSignal signal,
    IOptions<RiskOptions> options, ILogger<RiskRecalculator> logger) : BackgroundService
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.RecomputeIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var snapshot = await currentRisk.GetAsync(stoppingToken, fresh: true);
                foreach (var risk in snapshot.Sectors)
                {
                    RiskMetrics.SectorScore.WithLabels(risk.Sector).Set(risk.Score);
                    RiskMetrics.SectorBaseline.WithLabels(risk.Sector).Set(risk.Baseline);
                    RiskMetrics.SectorNews.WithLabels(risk.Sector).Set(risk.News);
                }
                await changes.EvaluateAsync(snapshot, stoppingToken);
                await Task.Delay(MinInterval, stoppingToken);
                await signal.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Risk recomputation failed; retrying: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
