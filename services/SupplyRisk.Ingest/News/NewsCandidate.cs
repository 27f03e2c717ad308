namespace SupplyRisk.Ingest.News;

/// <summary>A validated, normalised news item about to be stored.</summary>
internal sealed record NewsCandidate(
    string Title,
    string Body,
    DateTimeOffset PublishedAt,
    string? Source,
    string? Url,
    string? Language,
    string? ClientId)
{
    /// <summary>Hash of the normalised, case-folded text: identical stories from different
    /// URLs are one item.</summary>
    public byte[] ContentHash { get; } = ContentHasher.Hash(Title, Body);
}
