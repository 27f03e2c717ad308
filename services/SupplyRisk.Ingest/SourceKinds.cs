namespace SupplyRisk.Ingest;

/// <summary>How an item arrived: the bounded label set of <c>supplyrisk_news_ingested_total</c>.</summary>
internal static class SourceKinds
{
    public const string Api = "api";
    public const string File = "file";
    public const string Feed = "feed";

    public static readonly string[] All = [Api, File, Feed];
}
