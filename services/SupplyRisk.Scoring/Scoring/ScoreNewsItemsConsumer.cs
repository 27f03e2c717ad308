using System.Diagnostics;
using MassTransit;
using SupplyRisk.Contracts;
using SupplyRisk.Scoring.Engine;
using SupplyRisk.ServiceDefaults.Messaging;

namespace SupplyRisk.Scoring.Scoring;

/// <summary>Scores ingested items a batch at a time: one INSERT per batch, then one
/// <see cref="NewsItemScored"/> per item. The batch is acked only after the commit and the
/// publishes, so a crash at any point redelivers it; the (news id, model version) key makes
/// the redelivery write nothing twice. Scored messages are published again on redelivery
/// on purpose (the first publish may be what was lost); the risk service ignores repeats.</summary>
internal sealed partial class ScoreNewsItemsConsumer(NewsScorer scorer, ScoreStore store, ILogger<ScoreNewsItemsConsumer> logger)
    : IConsumer<Batch<NewsItemIngested>>
{
    public async Task Consume(ConsumeContext<Batch<NewsItemIngested>> context)
    {
        var scored = new List<ScoredItem>(context.Message.Length);
        var seen = new HashSet<Guid>();
        foreach (var messageContext in context.Message)
        {
            var item = messageContext.Message;
            if (!seen.Add(item.NewsId))
            {
                continue;
            }
            var started = Stopwatch.GetTimestamp();
            try
            {
                scored.Add(new ScoredItem(item, scorer.Score(new NewsText(item.Title, item.Body, item.PublishedAt))));
                ScoringMetrics.Duration.Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One item the engine cannot read must not hold back the others: it goes to the
                // error queue on its own, with the reason, and the batch goes on.
                ScoringMetrics.Failed.Inc();
                LogScoringFailed(logger, e, item.NewsId);
                await ErrorQueues.ParkAsync(context, item, e);
            }
        }
        if (scored.Count == 0)
        {
            return;
        }

        // An item whose text PostgreSQL cannot store (a NUL character from a publisher that
        // skipped ingest's cleaning) is parked alone; the rest of the batch is stored.
        var stored = new List<ScoredItem>(scored.Count);
        var inserted = (await ErrorQueues.SaveOrParkEachAsync<ScoredItem, int>(
            scored,
            async batch =>
            {
                var count = await store.SaveAsync(batch, context.CancellationToken);
                stored.AddRange(batch);
                return [count];
            },
            async (item, e) =>
            {
                ScoringMetrics.Failed.Inc();
                LogScoringFailed(logger, e, item.Item.NewsId);
                await ErrorQueues.ParkAsync(context, item.Item, e);
            })).Sum();
        ScoringMetrics.Scored.Inc(inserted);
        await context.PublishBatch(stored.Select(s => s.ToMessage()), context.CancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not score news item {NewsId}; sent to the error queue")]
    private static partial void LogScoringFailed(ILogger logger, Exception exception, Guid newsId);
}
