using Prometheus;

namespace SupplyRisk.Ingest;

/// <summary>The ingest service's Prometheus metrics (names are a public interface).</summary>
internal static class IngestMetrics
{
    public static readonly Counter Ingested = Metrics.CreateCounter(
        "supplyrisk_news_ingested_total", "News items stored as new, by how they arrived.",
        new CounterConfiguration { LabelNames = ["source"] });

    public static readonly Counter Duplicates = Metrics.CreateCounter(
        "supplyrisk_news_duplicates_total", "News items recognised as duplicates and not stored again.");

    public static readonly Counter NearDuplicates = Metrics.CreateCounter(
        "supplyrisk_news_near_duplicates_total", "News items stored as near-duplicates (syndicated copies) of a stored story.");

    public static readonly Counter FeedPolls = Metrics.CreateCounter(
        "supplyrisk_feed_polls_total", "Feed polls, by outcome (changed, unchanged, failed).",
        new CounterConfiguration { LabelNames = ["outcome"] });

    public static readonly Counter Rejected = Metrics.CreateCounter(
        "supplyrisk_news_rejected_total", "News items rejected as invalid.");

    public static readonly Gauge OutboxPending = Metrics.CreateGauge(
        "supplyrisk_ingest_outbox_pending", "Stored items whose NewsItemIngested is not yet confirmed by the broker.");

    public static readonly Counter PublishFailures = Metrics.CreateCounter(
        "supplyrisk_ingest_publish_failures_total", "Outbox relay batches that failed to publish and will be retried.");

    static IngestMetrics()
    {
        foreach (var kind in SourceKinds.All)
        {
            Ingested.WithLabels(kind).IncTo(0);
        }
    }
}
