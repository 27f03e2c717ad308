namespace SupplyRisk.Scoring.Engine.Eval;

/// <summary>Precision, recall and F1 for one sector. A true positive is an expected move
/// (up or down) predicted with the right direction; a prediction of the wrong direction is
/// both a false positive and a false negative.</summary>
public sealed record SectorMetrics(string Sector, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
