using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Formats;

/// <summary>The items of one file, or why the file as a whole was rejected.</summary>
internal sealed record FileItems(IReadOnlyList<RawNewsItem> Items, string? Error)
{
    public static FileItems Of(IReadOnlyList<RawNewsItem> items) => new(items, null);

    public static FileItems Failed(string error) => new([], error);
}
