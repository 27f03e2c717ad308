namespace SupplyRisk.Ingest.NearDuplicates.Eval;

/// <summary>What the detector made of one pair: whether the LSH lookup would have found the
/// other text, the estimated similarity, and the verdict.</summary>
internal sealed record PairOutcome(LabelledPair Pair, bool Candidate, double Jaccard, double Overlap, bool Predicted)
{
    public bool Correct => Predicted == Pair.IsNearDuplicate;
}
