namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>A group of nouns of one class; <see cref="Standalone"/> is set when the noun is an
/// event by itself (e.g. "export ban"). A group that <see cref="NeedsMaterialBefore"/> is a noun
/// only right after a material word ("rare earth rules", not "the EU's rules on recycling"), and
/// one that <see cref="NeedsMaterialAfter"/> only right before one ("from buying gallium", not
/// "from buying stakes in mines").</summary>
internal sealed record NounGroup(
    string Id, NounClass Class, string? Type, bool SupplySpecific, EventRule? Standalone, bool NeedsMaterialBefore = false, bool NeedsMaterialAfter = false);
