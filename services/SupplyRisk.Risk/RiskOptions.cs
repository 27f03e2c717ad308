using System.ComponentModel.DataAnnotations;

namespace SupplyRisk.Risk;

/// <summary>The <c>Risk</c> configuration section.</summary>
public sealed class RiskOptions
{
    public const string Section = "Risk";

    /// <summary>Half-life of a news contribution, by publication time.</summary>
    [Range(0.01, 3650)]
    public double HalfLifeDays { get; set; } = 14;

    /// <summary>A move of at least this many points since the last event raises a new one.</summary>
    [Range(0.1, 100)]
    public double ChangeStep { get; set; } = 5;

    /// <summary>A band is left downwards only this many points below its lower edge, so a score
    /// hovering at an edge does not flap.</summary>
    [Range(0, 25)]
    public double BandMargin { get; set; } = 2;

    /// <summary>How often the index is recomputed without news (decay goes on with the clock).</summary>
    [Range(1, 3600)]
    public int RecomputeIntervalSeconds { get; set; } = 5;

    /// <summary>The shortest gap between two recomputations while news keeps arriving.</summary>
    [Range(10, 60_000)]
    public int MinRecomputeIntervalMs { get; set; } = 1000;

    /// <summary>The largest share of the time the recomputation may keep the database busy: if
    /// its query grows slow (it reads one row per sector and day, and the stories of days only
    /// partly in the horizon), the gap after it grows with it (a 1.2 s query is followed by a
    /// 3.6 s pause at 0.25) instead of running back to back.</summary>
    [Range(0.05, 1)]
    public double RecomputeMaxShare { get; set; } = 0.25;

    [Range(1, 50)]
    public int DriverCount { get; set; } = 5;

    [Range(10, 100_000)]
    public int MaxHistoryPoints { get; set; } = 2000;

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 200;

    [Range(1, 5000)]
    public int BatchTimeLimitMs { get; set; } = 20;

    public TimeSpan HalfLife => TimeSpan.FromDays(HalfLifeDays);

    /// <summary>Contributions older than this weigh under one millionth; queries skip them.</summary>
    public TimeSpan Horizon => HalfLife * 20;
}
