namespace SupplyRisk.Ingest.News;

/// <summary>What happened to one submitted item, in submission order.</summary>
/// <param name="Status"><c>new</c>, <c>duplicate</c> or <c>rejected</c>.</param>
/// <param name="DuplicateOf">For a duplicate: the stored item it repeats (same as <paramref name="Id"/>).</param>
public sealed record ItemOutcome(int Index, string Status, Guid? Id, Guid? DuplicateOf, string? ClientId, IReadOnlyList<string>? Errors);

/// <summary>The answer to one submission.</summary>
public sealed record IngestResult(int Accepted, int Duplicates, int Rejected, IReadOnlyList<ItemOutcome> Items)
{
    public const string New = "new";
    public const string Duplicate = "duplicate";
    public const string RejectedStatus = "rejected";
}
