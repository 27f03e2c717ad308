using MassTransit;
using SupplyRisk.Contracts;

namespace SupplyRisk.Risk.Index;

/// <summary>Stores scored items a batch at a time and wakes the recalculator. Acked after the
/// commit; a redelivered or replayed item finds its key taken and changes nothing.</summary>
internal sealed class ScoredItemsConsumer(ScoredItemWriter writer, RecomputeSignal signal, TimeProvider clock)
    : IConsumer<Batch<NewsItemScored>>
{
    public async Task Consume(ConsumeContext<Batch<NewsItemScored>> context)
    {
        var items = context.Message.Select(m => m.Message).DistinctBy(m => m.NewsId).ToList();
        var fresh = await writer.SaveAsync(items, context.CancellationToken);
        signal.Notify();
        var now = clock.GetUtcNow();
        foreach (var item in fresh)
        {
            RiskMetrics.PipelineLatency.Observe(Math.Max(0, (now - item.AcceptedAt).TotalSeconds));
        }
        RiskMetrics.ItemsCounted.Inc(fresh.Count);
    }
}

/// <summary>Endpoint <c>supplyrisk-risk</c>: batched writes, retries, then the error queue.</summary>
internal sealed class ScoredItemsConsumerDefinition : ConsumerDefinition<ScoredItemsConsumer>
{
    private readonly RiskOptions _options;

    public ScoredItemsConsumerDefinition(Microsoft.Extensions.Options.IOptions<RiskOptions> options)
    {
        _options = options.Value;
        EndpointName = QueueNames.Risk;
        ConcurrentMessageLimit = _options.BatchSize * 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScoredItemsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = (ushort)Math.Min(ushort.MaxValue, _options.BatchSize * 3);
        }
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 2000, 5000));
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(_options.BatchSize)
            .SetTimeLimit(TimeSpan.FromMilliseconds(_options.BatchTimeLimitMs))
            .SetConcurrencyLimit(1));
    }
}
