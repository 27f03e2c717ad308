namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>A group of verb forms; <see cref="TypeOverrides"/> names the event type per class
/// when the verb is more specific than the combo (e.g. "lifted" controls).</summary>
internal sealed record VerbGroup(string Id, VerbClass[] Classes, IReadOnlyDictionary<VerbClass, string> TypeOverrides);
