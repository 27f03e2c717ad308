using Prometheus;

namespace SupplyRisk.Scoring;

/// <summary>The scoring service's Prometheus metrics (names are a public interface).</summary>
internal static class ScoringMetrics
{
    public static readonly Counter Scored = Metrics.CreateCounter(
        "supplyrisk_news_scored_total", "News items scored and stored (each item once per model version).");

    public static readonly Histogram Duration = Metrics.CreateHistogram(
        "supplyrisk_scoring_duration_seconds", "Time the scoring engine takes for one item.",
        new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.00001, 2, 16) });

    public static readonly Counter Failed = Metrics.CreateCounter(
        "supplyrisk_scoring_failures_total", "Items the engine could not score; they go to the error queue.");

    /// <summary>Creates the metrics at start-up, so they read 0 rather than being absent
    /// until the first item is scored (dashboards and the stall alert expect the series).</summary>
    public static void Register()
    {
        // Calling any member runs the static constructor, and with it the initialisers above.
    }

    // An explicit static constructor: without one the runtime may defer the field
    // initialisers until a field is read, and Register() would create nothing.
    static ScoringMetrics()
    {
    }
}
