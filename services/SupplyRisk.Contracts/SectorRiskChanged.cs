namespace SupplyRisk.Contracts;

/// <summary>A sector's risk index crossed a band, or moved by at least the configured step,
/// since the last event for that sector. Published on the pinned fanout exchange
/// <see cref="EntityNames.SectorRiskChanged"/>.</summary>
/// <param name="Direction"><c>up</c> or <c>down</c>.</param>
/// <param name="Baseline">The structural part of <paramref name="Score"/>.</param>
/// <param name="News">The decayed news part of <paramref name="Score"/> (before clamping).</param>
public sealed record SectorRiskChanged(
    string Sector,
    double PreviousScore,
    double Score,
    string PreviousBand,
    string Band,
    string Direction,
    DateTimeOffset OccurredAt,
    double Baseline,
    double News,
    IReadOnlyList<RiskDriver> Drivers);
