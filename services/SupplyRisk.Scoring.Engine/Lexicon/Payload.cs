namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>One meaning of a matched pattern. <paramref name="Id"/> indexes the table for
/// <paramref name="Kind"/> (material, noun group, cue kind, ...); <paramref name="Arg"/> carries
/// a detail (1 = ambiguous material, month number, year). <paramref name="ExactForm"/> is set
/// for case-sensitive forms such as "US" or "May", which must match as written.</summary>
internal readonly record struct Payload(MentionKind Kind, int Id, int Arg, string? ExactForm);
