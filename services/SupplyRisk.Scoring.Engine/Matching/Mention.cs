using SupplyRisk.Scoring.Engine.Lexicon;

namespace SupplyRisk.Scoring.Engine.Matching;

/// <summary>A kept mention: the span, its pattern slot, a bit per slot payload that survived
/// the case check (bit i = payload i), and what those payloads are to the event rules
/// (<see cref="MentionTraitTable.Of"/> of the slot and mask; change both together).</summary>
internal readonly record struct Mention(int Start, int End, int Slot, uint PayloadMask, MentionTraits Traits);
