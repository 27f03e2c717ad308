namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>A group of verb forms; <see cref="TypeOverrides"/> names the event type per class
/// when the verb is more specific than the combo (e.g. "lifted" controls), for every noun class
/// (key noun null) or for one ("fell" makes export_drop of exports, but a quota cut stays a
/// quota cut).</summary>
/// <see cref="NotWith"/> lists noun classes the group never pairs with ("new" makes new controls,
/// but "new licences" are permits granted, not a requirement).
internal sealed record VerbGroup(string Id, VerbClass[] Classes, IReadOnlyDictionary<(VerbClass Verb, NounClass? Noun), string> TypeOverrides, NounClass[] NotWith)
{
    /// <summary>True for words that only qualify what follows them ("new", "first"): they pair
    /// with a noun after them only, never with one before ("the smelter hired new staff").</summary>
    internal bool ObjectOnly { get; init; }

    /// <summary>True for verbs that take a subject only ("shipments held at ports were
    /// released"): after them, a noun is too often another verb's ("customs data released on
    /// Friday showed exports fell").</summary>
    internal bool SubjectOnly { get; init; }

    /// <summary>The overriding type for a pair of this class and noun class, or null.</summary>
    internal string? TypeFor(VerbClass verb, NounClass noun) =>
        TypeOverrides.TryGetValue((verb, noun), out var type) || TypeOverrides.TryGetValue((verb, null), out type) ? type : null;
}
