using SupplyRisk.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace SupplyRisk.Scoring.Scoring;

/// <summary>Endpoint <c>supplyrisk-scoring</c>: batches of up to <c>Scoring:BatchSize</c>
/// messages, a few batches at once, retries for transient database faults, then the
/// <c>supplyrisk-scoring_error</c> queue.</summary>
internal sealed class ScoreNewsItemsConsumerDefinition : ConsumerDefinition<ScoreNewsItemsConsumer>
{
    private readonly ScoringOptions _options;

    public ScoreNewsItemsConsumerDefinition(IOptions<ScoringOptions> options)
    {
        _options = options.Value;
        EndpointName = QueueNames.Scoring;
        ConcurrentMessageLimit = _options.BatchSize * _options.ConcurrentBatches;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScoreNewsItemsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = (ushort)Math.Min(ushort.MaxValue, _options.BatchSize * (_options.ConcurrentBatches + 1));
        }
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 2000, 5000));
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(_options.BatchSize)
            .SetTimeLimit(TimeSpan.FromMilliseconds(_options.BatchTimeLimitMs))
            .SetConcurrencyLimit(_options.ConcurrentBatches));
    }
}
