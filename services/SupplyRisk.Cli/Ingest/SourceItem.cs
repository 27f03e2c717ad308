using SupplyRisk.Ingest.News;

namespace SupplyRisk.Cli.Ingest;

/// <summary>One item read from a source (a file, a line of a file, a feed entry), or why the
/// source could not give one.</summary>
internal sealed record SourceItem(string Origin, RawNewsItem? Item, string? Error);
