namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>How an event of one kind counts: its type, direction (+1 tightening, -1 easing),
/// base points, and whether it may borrow materials from neighbouring sentences.</summary>
internal sealed record EventRule(string Type, int Direction, double Base, bool SupplySpecific, bool UseNounType = false);
