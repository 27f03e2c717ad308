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

    /// <summary>The sentence names a control (not by a pronoun).</summary>
    NamesControl = 128,

    /// <summary>The sentence before it (not skipped) names a control: a pronoun may stand for it.</summary>
    ControlBefore = 256,

    /// <summary>The sentence may tell how long stores last: it names stocks, or a material with
    /// "left" after it ("six weeks of dysprosium left").</summary>
    Stores = 512,
}
