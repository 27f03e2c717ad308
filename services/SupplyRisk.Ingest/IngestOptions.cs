using System.ComponentModel.DataAnnotations;

namespace SupplyRisk.Ingest;

/// <summary>The <c>Ingest</c> configuration section.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Largest request body accepted by <c>POST /v1/news</c>; larger ones get 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 8 * 1024 * 1024;

    [Range(1, 10_000)]
    public int MaxItemsPerRequest { get; set; } = 1000;

    /// <summary>How far in the future a publication date may lie (clock skew between sources).</summary>
    [Range(0, 7 * 24 * 60)]
    public int MaxFutureSkewMinutes { get; set; } = 24 * 60;

    /// <summary>Folders of news files imported at start-up (up.sh passes seeds/news).</summary>
    public List<string> ImportFolders { get; set; } = [];

    /// <summary>RSS, Atom and JSON feeds polled in the background (<c>Ingest:Feeds:0:Url</c>, …).</summary>
    public List<FeedSource> Feeds { get; set; } = [];

    /// <summary>The longest wait between polls of a failing feed (the backoff doubles up to it).</summary>
    [Range(1, 24 * 60 * 60)]
    public int FeedMaxBackoffSeconds { get; set; } = 60 * 60;

    /// <summary>How far back a near-duplicate's original is looked for (syndicated copies
    /// follow their story within days); the sketches of that window are kept in memory.</summary>
    [Range(1, 3650)]
    public int NearDuplicateWindowDays { get; set; } = 30;

    /// <summary>How long one feed request may take.</summary>
    [Range(1, 300)]
    public int FeedTimeoutSeconds { get; set; } = 30;
}

/// <summary>One polled feed.</summary>
public sealed class FeedSource
{
    /// <summary>The feed's absolute http(s) address.</summary>
    public string Url { get; set; } = "";

    /// <summary>Seconds between polls while the feed answers.</summary>
    public int IntervalSeconds { get; set; } = 15 * 60;

    /// <summary>The source name given to its items; the feed's own title when empty.</summary>
    public string? Name { get; set; }

    public bool IsValid =>
        Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && IntervalSeconds is >= 1 and <= 7 * 24 * 60 * 60;
}
