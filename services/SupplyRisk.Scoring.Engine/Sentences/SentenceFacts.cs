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

    /// <summary>Where the first word of worry ends ("prices doubled on supply fears", "rose
    /// amid fears of a new ban", "citing security concerns"), 0 when there is none: it hedges
    /// only what comes after it, the thing feared, not the facts before it.</summary>
    internal int FearFrom;
}
