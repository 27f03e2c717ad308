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
}
