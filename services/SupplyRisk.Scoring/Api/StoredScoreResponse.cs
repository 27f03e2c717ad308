using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Api;

/// <summary>A stored item's score: the item, when it was scored and the full explanation.</summary>
public sealed record StoredScoreResponse(Guid NewsId, string Title, string? Url, string? Source, DateTimeOffset PublishedAt,
    DateTimeOffset ScoredAt, string ModelVersion, string Overall, IReadOnlyList<SectorScore> Sectors, IReadOnlyList<ScoredEvent> Events);
