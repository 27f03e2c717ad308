using SupplyRisk.Contracts;

namespace SupplyRisk.Risk.Index;

/// <summary>A sector's index at one moment: the structural baseline plus the decayed news
/// part, clamped to 0–100.</summary>
public sealed record SectorRisk(string Sector, DateTimeOffset At, double Baseline, double News)
{
    public double Score { get; } = Math.Round(Math.Clamp(Baseline + News, 0, 100), 2);

    public string Band => RiskBands.For(Score);
}
