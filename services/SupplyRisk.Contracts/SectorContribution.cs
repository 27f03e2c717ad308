namespace SupplyRisk.Contracts;

/// <summary>How much one item moves one sector's risk index, in index points at
/// publication time (positive raises risk, negative lowers it).</summary>
public sealed record SectorContribution(string Sector, double Contribution, string Direction);
