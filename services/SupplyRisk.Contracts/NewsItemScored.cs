namespace SupplyRisk.Contracts;

/// <summary>An item's per-sector contributions are stored by scoring.</summary>
/// <param name="Overall">Overall direction: <c>up</c>, <c>down</c> or <c>none</c>.</param>
/// <param name="Sectors">Only the sectors the item touches; the others contribute nothing.</param>
public sealed record NewsItemScored(
    Guid NewsId,
    Guid ClusterId,
    string ModelVersion,
    string Title,
    string? Url,
    string? Source,
    DateTimeOffset PublishedAt,
    DateTimeOffset AcceptedAt,
    string Overall,
    IReadOnlyList<SectorContribution> Sectors);
