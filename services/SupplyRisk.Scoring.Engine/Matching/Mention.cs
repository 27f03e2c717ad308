namespace SupplyRisk.Scoring.Engine.Matching;

/// <summary>A kept mention: the span, its pattern slot, and a bit per slot payload that
/// survived the case check (bit i = payload i).</summary>
internal readonly record struct Mention(int Start, int End, int Slot, uint PayloadMask);
