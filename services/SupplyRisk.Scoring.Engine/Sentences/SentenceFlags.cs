namespace SupplyRisk.Scoring.Engine.Sentences;

/// <summary>Sentence-wide cues.</summary>
[Flags]
internal enum SentenceFlags
{
    None = 0,
    Hedge = 1,
    Reported = 2,
    Descriptive = 4,
    FutureTense = 8,
    PromoOrCaption = 16,
    EventWords = 32,
    Skipped = 64,
}
