namespace SupplyRisk.Risk.Api;

/// <summary>Every sector now, with its three largest drivers.</summary>
public sealed record RiskOverviewResponse(DateTimeOffset AsOf, IReadOnlyList<SectorRiskResponse> Sectors);
