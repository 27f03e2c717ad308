namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>Numbers that turn events into index points (seeds/scoring/events.json, "scale").</summary>
internal sealed record ScaleSettings(
    double MaterialConfidence,
    double BorrowedMaterialConfidence,
    double BackgroundWeight,
    int BackgroundDays,
    double SectorWeightThreshold,
    double Saturation,
    double RepeatDecay,
    double SectorDirectionThreshold,
    double OverallDirectionThreshold,
    int PairAfterChars,
    int PairBeforeChars,
    int NegationWindowChars,
    double NewCapacityChinaOnlyFactor,
    double HedgeFactor,
    double ReportedFactor);
