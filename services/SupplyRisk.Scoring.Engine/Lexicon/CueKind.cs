namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>Cues that modify events rather than make them (see seeds/scoring/cues.json).</summary>
internal enum CueKind
{
    Hedge,
    Reported,
    Negation,
    Flip,
    PastPerfect,
    Background,
    Recent,
    FutureSentence,
    FutureAdjacent,
    Month,
    Year,
    Promo,
    Caption,
    Irrelevant,
    Descriptive,
    Neutral,
    Subordinator,
    Reporting,
    Ending,
    Season,
    Ongoing,
    Conditional,

    /// <summary>"Applies again", "back in force": an event that returns is news, whatever the
    /// date of its first time.</summary>
    Again,
}
