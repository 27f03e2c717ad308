using Microsoft.Extensions.Options;
using SupplyRisk.Contracts;
using SupplyRisk.ServiceDefaults.Messaging;

namespace SupplyRisk.Risk.Index;

/// <summary>Endpoint <c>supplyrisk-risk</c>: one batch at a time, so writes to the index
/// tables never contend with each other.</summary>
internal sealed class ScoredItemsConsumerDefinition(IOptions<RiskOptions> options)
    : BatchConsumerDefinition<ScoredItemsConsumer>(QueueNames.Risk, options.Value.BatchSize,
        concurrentBatches: 1, TimeSpan.FromMilliseconds(options.Value.BatchTimeLimitMs));
