namespace SupplyRisk.Risk.Api;

/// <summary>A sector's index from <c>From</c> to <c>To</c>, one point per <c>Step</c> (ISO 8601 duration).</summary>
public sealed record HistoryResponse(string Sector, DateTimeOffset From, DateTimeOffset To, string Step, IReadOnlyList<HistoryPoint> Points);
