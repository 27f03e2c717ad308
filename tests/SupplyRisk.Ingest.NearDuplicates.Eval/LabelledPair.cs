namespace SupplyRisk.Ingest.NearDuplicates.Eval;

/// <summary>One labelled pair: <c>near_duplicate</c> (one story, syndicated and edited) or
/// <c>distinct</c> (two stories, however alike), with what kind of edit or likeness it shows.</summary>
internal sealed record LabelledPair(string Id, string Label, string Kind, PairText A, PairText B)
{
    public const string NearDuplicate = "near_duplicate";
    public const string Distinct = "distinct";

    public bool IsNearDuplicate => Label == NearDuplicate;
}

internal sealed record PairText(string Title, string Body);
