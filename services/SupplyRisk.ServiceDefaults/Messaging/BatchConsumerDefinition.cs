using MassTransit;

namespace SupplyRisk.ServiceDefaults.Messaging;

/// <summary>The endpoint settings of a hot consumer that writes a batch per statement: its
/// durable queue, batches of up to <c>batchSize</c> messages (waiting at most
/// <c>timeLimit</c> for a partial one), <c>concurrentBatches</c> at once, enough prefetch to
/// keep them fed, retries for transient faults, then the queue's <c>_error</c> queue.</summary>
public abstract class BatchConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly int _batchSize;
    private readonly int _concurrentBatches;
    private readonly TimeSpan _timeLimit;

    protected BatchConsumerDefinition(string queue, int batchSize, int concurrentBatches, TimeSpan timeLimit)
    {
        _batchSize = batchSize;
        _concurrentBatches = concurrentBatches;
        _timeLimit = timeLimit;
        EndpointName = queue;
        ConcurrentMessageLimit = batchSize * concurrentBatches;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = (ushort)Math.Min(ushort.MaxValue, _batchSize * (_concurrentBatches + 1));
        }
        // About a minute of retries: long enough to ride out a database restart before a
        // message is parked in the error queue.
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 2000, 5000, 15000, 30000));
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(_batchSize)
            .SetTimeLimit(_timeLimit)
            .SetConcurrencyLimit(_concurrentBatches));
    }
}
