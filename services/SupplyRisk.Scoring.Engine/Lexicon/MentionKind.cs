namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>What a matched phrase means to the scorer.</summary>
internal enum MentionKind : byte
{
    Material,
    Country,
    Sector,
    Noun,
    Verb,
    Phrase,
    Cue,
}
