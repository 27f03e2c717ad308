namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>How an event of one kind counts: its type, direction (+1 tightening, -1 easing),
/// base points, and whether it may borrow materials from neighbouring sentences. A combo may
/// hold for some noun groups of its class only (<see cref="OnlyNounGroups"/>: "exports rose" is
/// easing, "supplies rose" says nothing of China's exports), and for a noun before its verb
/// only (<see cref="SubjectOnly"/>: exports rise, nothing raises them, so in "prices hit a record
/// high as exports dried up" the exports are not what rose). A phrase may hold only after a
/// shipment told earlier in its sentence (<see cref="NeedsShipment"/>: "shipped gallium … for the
/// first time in a year"), or right after "no" and the materials (<see cref="NeedsNone"/>: "no
/// germanium went to the United States"), or right before goods (<see cref="NeedsGoodsAfter"/>:
/// "received no germanium", not "received no complaints"), or after a first batch named earlier
/// in its sentence (<see cref="NeedsFirstBatch"/>: "the first batch of dysprosium from Lynas
/// arrived in Japan"), or right after a material (<see cref="NeedsMaterialBefore"/>: "a germanium
/// squeeze", not "a margin squeeze").</summary>
internal sealed record EventRule(string Type, int Direction, double Base, bool SupplySpecific, bool UseNounType = false, int[]? OnlyNounGroups = null, bool SubjectOnly = false, bool NeedsShipment = false, bool NeedsNone = false, bool NeedsGoodsAfter = false, bool NeedsFirstBatch = false, bool NeedsMaterialBefore = false)
{
    internal bool HoldsFor(int nounGroup) => OnlyNounGroups is null || Array.IndexOf(OnlyNounGroups, nounGroup) >= 0;
}
