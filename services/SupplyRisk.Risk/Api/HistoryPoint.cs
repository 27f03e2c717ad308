namespace SupplyRisk.Risk.Api;

/// <summary>The index at one point of a history.</summary>
public sealed record HistoryPoint(DateTimeOffset At, double Score, string Band, double Baseline, double News);
