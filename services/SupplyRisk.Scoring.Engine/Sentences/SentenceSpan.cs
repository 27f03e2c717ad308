namespace SupplyRisk.Scoring.Engine.Sentences;

/// <summary>A sentence of the full text (<see cref="End"/> exclusive) and the line it sits on;
/// lines matter because captions and promo lines are skipped whole.</summary>
internal readonly record struct SentenceSpan(int Start, int End, int Line);
