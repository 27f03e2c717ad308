namespace SupplyRisk.Ingest.Import;

/// <summary>What an import did: items stored as new, found as duplicates, rejected.</summary>
internal sealed record ImportSummary(int New, int Duplicates, int Rejected)
{
    public static ImportSummary operator +(ImportSummary a, ImportSummary b) =>
        new(a.New + b.New, a.Duplicates + b.Duplicates, a.Rejected + b.Rejected);
}
