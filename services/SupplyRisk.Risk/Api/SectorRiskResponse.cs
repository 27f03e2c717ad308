using SupplyRisk.Contracts;
using SupplyRisk.Risk.Index;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Risk.Api;

/// <summary>One sector now: score and band, the two layers that make it, and what drives it.</summary>
public sealed record SectorRiskResponse(
    string Sector, double Score, string Band, double Baseline, double News, DateTimeOffset AsOf,
    IReadOnlyList<BaselineTerm>? BaselineTerms, IReadOnlyList<RiskDriver> Drivers)
{
    internal static SectorRiskResponse From(SectorRisk risk, IReadOnlyList<BaselineTerm>? terms, IReadOnlyList<RiskDriver> drivers) =>
        new(risk.Sector, risk.Score, risk.Band, risk.Baseline, risk.News, risk.At, terms, drivers);
}
