namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>World supply shares for one material at one stage (mining, refining, magnets).</summary>
internal sealed record SupplyShare(int Material, string Stage, IReadOnlyDictionary<string, double> Shares, string Source);
