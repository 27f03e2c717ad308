using SupplyRisk.Scoring.Engine.Matching;

namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>Everything the seeds say, compiled once: tables for materials, countries, sectors,
/// event rules and cues, plus one trie over every phrase. Immutable after load.</summary>
internal sealed class ScoringLexicon
{
    internal required string[] SectorIds { get; init; }

    internal required MaterialInfo[] Materials { get; init; }

    internal required string[] CountryIds { get; init; }

    internal required NounGroup[] NounGroups { get; init; }

    internal required VerbGroup[] VerbGroups { get; init; }

    /// <summary>Rule per (verb class, noun class); null where the pair means nothing.</summary>
    internal required EventRule?[,] Combos { get; init; }

    internal required EventRule[] Phrases { get; init; }

    internal required ScaleSettings Scale { get; init; }

    internal required SupplyShare[] Shares { get; init; }

    /// <summary>Meanings per trie phrase; a folded form shared by several entries
    /// ("GaN": gallium and the semiconductor sector) carries all of them.</summary>
    internal required Payload[][] Slots { get; init; }

    /// <summary>Per slot, the materials its words name inside a longer form ("magnet plant",
    /// "mine to magnet"): the longest match takes the whole form, and the material would be lost.
    /// Definite and ambiguous materials as bit sets; zero for most slots.</summary>
    internal required (ulong Definite, ulong Ambiguous)[] ImpliedMaterials { get; init; }

    /// <summary>What each payload of each slot is to the event rules.</summary>
    internal required MentionTraitTable Traits { get; init; }

    internal required PhraseTrie Trie { get; init; }

    internal required int ChinaIndex { get; init; }

    internal required int UnitedStatesIndex { get; init; }

    /// <summary>Materials that only stand in for unnamed ones ("critical minerals"); dropped
    /// from an event that names a specific material.</summary>
    internal required ulong GenericMaterials { get; init; }
}
