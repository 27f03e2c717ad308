using MassTransit;
using SupplyRisk.Contracts;
using SupplyRisk.ServiceDefaults.Messaging;

namespace SupplyRisk.Risk.Index;

/// <summary>Stores scored items a batch at a time and wakes the recalculator. Acked after the
/// commit; a redelivered or replayed item finds its key taken and changes nothing.</summary>
internal sealed partial class ScoredItemsConsumer(ScoredItemWriter writer, CurrentRisk currentRisk, RecomputeSignal signal, TimeProvider clock,
    ILogger<ScoredItemsConsumer> logger)
    : IConsumer<Batch<NewsItemScored>>
{
    public async Task Consume(ConsumeContext<Batch<NewsItemScored>> context)
    {
        var items = context.Message.Select(m => m.Message).DistinctBy(m => m.NewsId).ToList();
        // An item the database refuses (no title, a NUL character) is parked in the error queue
        // alone; the rest of the batch is stored and counted.
        var fresh = await ErrorQueues.SaveOrParkEachAsync<NewsItemScored, NewsItemScored>(
            items,
            batch => writer.SaveAsync(batch, context.CancellationToken),
            async (item, e) =>
            {
                LogItemRefused(logger, e, item.NewsId);
                await ErrorQueues.ParkAsync(context, item, e);
            });
        if (fresh.Count > 0)
        {
            currentRisk.Invalidate();
            signal.Notify();
        }
        var now = clock.GetUtcNow();
        foreach (var item in fresh)
        {
            RiskMetrics.PipelineLatency.Observe(Math.Max(0, (now - item.AcceptedAt).TotalSeconds));
        }
        RiskMetrics.ItemsCounted.Inc(fresh.Count);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database refused scored item {NewsId}; sent to the error queue")]
    private static partial void LogItemRefused(ILogger logger, Exception exception, Guid newsId);
}
