using SupplyRisk.Contracts;

namespace SupplyRisk.Risk.Index;

/// <summary>Every sector's index at one moment, with its top drivers.</summary>
internal sealed record RiskSnapshot(
    DateTimeOffset At,
    IReadOnlyList<SectorRisk> Sectors,
    IReadOnlyDictionary<string, IReadOnlyList<RiskDriver>> Drivers);
