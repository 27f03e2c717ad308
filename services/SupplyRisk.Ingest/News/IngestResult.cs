namespace SupplyRisk.Ingest.News;

/// <summary>What happened to one submitted item, in submission order.</summary>
/// <param name="Status"><c>new</c>, <c>near_duplicate</c>, <c>duplicate</c> or <c>rejected</c>.</param>
/// <param name="DuplicateOf">For a duplicate: the stored item it repeats (same as <paramref name="Id"/>).
/// For a near-duplicate: the stored story it copies (the item itself is stored under <paramref name="Id"/>).</param>
/// <param name="ClusterId">The story the item belongs to: its own id, or the cluster of the story it copies.</param>
public sealed record ItemOutcome(int Index, string Status, Guid? Id, Guid? DuplicateOf, string? ClientId, IReadOnlyList<string>? Errors,
    Guid? ClusterId = null);

/// <summary>The answer to one submission.</summary>
/// <param name="Accepted">Items stored: new stories and near-duplicates of stored ones.</param>
public sealed record IngestResult(int Accepted, int Duplicates, int Rejected, IReadOnlyList<ItemOutcome> Items)
{
    public const string New = "new";
    public const string NearDuplicate = "near_duplicate";
    public const string Duplicate = "duplicate";
    public const string RejectedStatus = "rejected";

    /// <summary>How many of the <see cref="Accepted"/> items are syndicated copies of a stored story.</summary>
    public int NearDuplicates { get; init; }
}
