namespace SupplyRisk.Scoring.Engine.Matching;

/// <summary>A pattern found in the text, before case checks and overlap resolution;
/// <see cref="End"/> is exclusive.</summary>
internal readonly record struct RawMatch(int Start, int End, int Slot);
