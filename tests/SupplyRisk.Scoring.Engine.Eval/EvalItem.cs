namespace SupplyRisk.Scoring.Engine.Eval;

/// <summary>One labelled item: text, publication date, expected overall and per-sector
/// directions (up, down, none), its category (tightening, easing, negative) and a note naming
/// the real event it is written from.</summary>
public sealed record EvalItem(
    string Id,
    string Title,
    string Body,
    DateTimeOffset PublishedAt,
    string Overall,
    IReadOnlyDictionary<string, string> Sectors,
    string Category,
    string Note);
