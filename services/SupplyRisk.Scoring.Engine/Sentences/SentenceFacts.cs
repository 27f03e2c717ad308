namespace SupplyRisk.Scoring.Engine.Sentences;

/// <summary>What one sentence mentions, gathered in a single walk over its mentions:
/// sets of materials, countries and named sectors, and cue flags.</summary>
internal struct SentenceFacts
{
    internal int MentionFrom;
    internal int MentionTo;
    internal ulong Materials;
    internal ulong AmbiguousMaterials;
    internal ulong Countries;
    internal int Sectors;
    internal SentenceFlags Flags;

    /// <summary>The sentence's hedge words, a range of the scratch's hedge marks: which of them
    /// reach an event depends on where it stands (<see cref="Events.HedgeReach"/>).</summary>
    internal int HedgeFrom;

    internal int HedgeTo;
}
