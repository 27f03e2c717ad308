using SupplyRisk.Contracts;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Risk.Index;

/// <summary>The structural baseline per sector, from the scoring engine's seed data (the slow
/// layer of the index; the news layer is added on top).</summary>
internal sealed class Baselines
{
    private readonly Dictionary<string, SectorBaseline> _bySector;

    public Baselines(NewsScorer scorer)
    {
        _bySector = scorer.Baselines.ToDictionary(b => b.Sector, StringComparer.Ordinal);
        var missing = Sectors.All.Where(s => !_bySector.ContainsKey(s)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The scoring engine has no baseline for {string.Join(", ", missing)}.");
        }
    }

    public SectorBaseline For(string sector) => _bySector[sector];

    public double ScoreOf(string sector) => _bySector[sector].Score;
}
