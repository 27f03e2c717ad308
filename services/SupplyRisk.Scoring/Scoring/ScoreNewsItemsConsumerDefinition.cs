using Microsoft.Extensions.Options;
using SupplyRisk.Contracts;
using SupplyRisk.ServiceDefaults.Messaging;

namespace SupplyRisk.Scoring.Scoring;

/// <summary>Endpoint <c>supplyrisk-scoring</c>, batched as the <c>Scoring</c> settings say.</summary>
internal sealed class ScoreNewsItemsConsumerDefinition(IOptions<ScoringOptions> options)
    : BatchConsumerDefinition<ScoreNewsItemsConsumer>(QueueNames.Scoring, options.Value.BatchSize,
        options.Value.ConcurrentBatches, TimeSpan.FromMilliseconds(options.Value.BatchTimeLimitMs));
