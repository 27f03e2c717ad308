using Microsoft.Extensions.Options;
using SupplyRisk.Risk.Changes;

namespace SupplyRisk.Risk.Index;

/// <summary>Recomputes every sector's index after new contributions (at most every
/// <c>Risk:MinRecomputeIntervalMs</c>, so a burst costs one query, not one per batch; should
/// the query grow slow, the pause after it grows too, keeping the database busy no more than
/// <c>Risk:RecomputeMaxShare</c> of the time) and on a timer, because
/// decay goes on with the clock; sets the gauges and raises change events. API reads do not wait
/// for it: they compute their own snapshot after a write.</summary>
internal sealed partial class RiskRecalculator(
    CurrentRisk currentRisk, SectorBuckets buckets, RiskChangePublisher changes, RecomputeSignal signal,
    IOptions<RiskOptions> options, ILogger<RiskRecalculator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.RecomputeIntervalSeconds);
        var minInterval = TimeSpan.FromMilliseconds(options.Value.MinRecomputeIntervalMs);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!buckets.Ready)
                {
                    // Once per process, before the first recomputation (queries sum story by story until then).
                    await buckets.EnsureConsistentAsync(stoppingToken);
                }
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var snapshot = await currentRisk.GetAsync(stoppingToken, fresh: true);
                foreach (var risk in snapshot.Sectors)
                {
                    RiskMetrics.SectorScore.WithLabels(risk.Sector).Set(risk.Score);
                    RiskMetrics.SectorBaseline.WithLabels(risk.Sector).Set(risk.Baseline);
                    RiskMetrics.SectorNews.WithLabels(risk.Sector).Set(risk.News);
                }
                await changes.EvaluateAsync(snapshot, stoppingToken);
                var took = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                await Task.Delay(RecomputePacing.Pause(minInterval, took, options.Value.RecomputeMaxShare), stoppingToken);
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
