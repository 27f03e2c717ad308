namespace SupplyRisk.Contracts;

/// <summary>A new (non-duplicate) news item was stored by ingest.</summary>
/// <param name="ClusterId">The story this item belongs to: its own id, or the id of the
/// item it copies (syndicated copies share one cluster and count once in the index).</param>
/// <param name="AcceptedAt">When ingest accepted the item; used for pipeline latency.</param>
/// <param name="SourceKind">How it arrived: <c>api</c>, <c>file</c> or <c>feed</c>.</param>
public sealed record NewsItemIngested(
    Guid NewsId,
    Guid ClusterId,
    string Title,
    string Body,
    DateTimeOffset PublishedAt,
    DateTimeOffset AcceptedAt,
    string SourceKind,
    string? Source,
    string? Url,
    string? Language);
