using Prometheus;
using SupplyRisk.Contracts;

namespace SupplyRisk.Risk;

/// <summary>The risk service's Prometheus metrics (names are a public interface).</summary>
internal static class RiskMetrics
{
    public static readonly Gauge SectorScore = Metrics.CreateGauge(
        "supplyrisk_sector_risk_score", "A sector's risk index now, 0-100 (structural baseline plus decayed news).",
        new GaugeConfiguration { LabelNames = ["sector"] });

    public static readonly Gauge SectorBaseline = Metrics.CreateGauge(
        "supplyrisk_sector_risk_baseline", "The structural part of a sector's risk index.",
        new GaugeConfiguration { LabelNames = ["sector"] });

    public static readonly Gauge SectorNews = Metrics.CreateGauge(
        "supplyrisk_sector_risk_news", "The decayed news part of a sector's risk index (signed).",
        new GaugeConfiguration { LabelNames = ["sector"] });

    public static readonly Counter Changes = Metrics.CreateCounter(
        "supplyrisk_risk_changes_total", "SectorRiskChanged events published.",
        new CounterConfiguration { LabelNames = ["sector", "direction"] });

    public static readonly Histogram PipelineLatency = Metrics.CreateHistogram(
        "supplyrisk_pipeline_latency_seconds", "From ingest accepting an item to the risk service storing its contributions.",
        new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.005, 2, 14) });

    public static readonly Counter ItemsCounted = Metrics.CreateCounter(
        "supplyrisk_risk_items_total", "Scored items the risk service stored (each once).");

    static RiskMetrics()
    {
        foreach (var sector in Sectors.All)
        {
            Changes.WithLabels(sector, Directions.Up).IncTo(0);
            Changes.WithLabels(sector, Directions.Down).IncTo(0);
        }
    }
}
