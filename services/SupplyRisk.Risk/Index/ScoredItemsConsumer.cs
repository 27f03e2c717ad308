using MassTransit;
using SupplyRisk.Contracts;

namespace SupplyRisk.Risk.Index;

/// <summary>Stores scored items a batch at a time and wakes the recalculator. Acked after the
/// commit; a redelivered or replayed item finds its key taken and changes nothing.</summary>
internal sealed class ScoredItemsConsumer(ScoredItemWriter writer, CurrentRisk currentRisk, RecomputeSignal signal, TimeProvider clock)
    : IConsumer<Batch<NewsItemScored>>
{
    public async Task Consume(ConsumeContext<Batch<NewsItemScored>> context)
    {
        var items = context.Message.Select(m => m.Message).DistinctBy(m => m.NewsId).ToList();
        var fresh = await writer.SaveAsync(items, context.CancellationToken);
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
}
