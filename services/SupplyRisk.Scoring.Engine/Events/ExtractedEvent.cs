namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>An event the extractor kept, with the sets of materials, countries and named sectors
/// behind it (bit sets indexed like the lexicon tables) and the sentence it came from.</summary>
internal sealed class ExtractedEvent
{
    internal required string Type { get; init; }

    internal required int Direction { get; init; }

    internal required double Base { get; init; }

    internal required double Confidence { get; init; }

    internal required bool Background { get; init; }

    internal required bool BorrowedMaterials { get; init; }

    internal required ulong Materials { get; init; }

    internal required ulong Countries { get; init; }

    internal required int NamedSectors { get; init; }

    /// <summary>The event binds only the sectors its sentence names (an import ban "in defence
    /// systems"), when it names any.</summary>
    internal bool OnlyNamedSectors { get; init; }

    internal required int SentenceStart { get; init; }

    internal required int SentenceEnd { get; init; }

    /// <summary>Points before sector weighting: base × confidence × (background weight).</summary>
    internal required double Magnitude { get; init; }
}
