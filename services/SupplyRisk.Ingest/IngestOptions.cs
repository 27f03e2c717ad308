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
}
