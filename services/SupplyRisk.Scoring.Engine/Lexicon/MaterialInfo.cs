namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>A material with its sector dependency weights (indexed like
/// <see cref="Lexicon.SectorIds"/>) and structural figures (possibly borrowed from a broader
/// material).</summary>
internal sealed record MaterialInfo(
    string Id,
    string Name,
    double[] SectorWeights,
    double ImportReliance,
    double Substitutability,
    double RecyclingInput,
    string BaselineSource,
    int FiguresFrom);
