using SupplyRisk.Contracts;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Scoring;

/// <summary>An ingested item with the engine's answer.</summary>
internal sealed record ScoredItem(NewsItemIngested Item, ScoreResult Result)
{
    public NewsItemScored ToMessage() => new(
        Item.NewsId, Item.ClusterId, Result.ModelVersion, Item.Title, Item.Url, Item.Source,
        Item.PublishedAt, Item.AcceptedAt, Result.Overall,
        Result.Sectors
            .Where(s => s.Contribution != 0)
            .Select(s => new SectorContribution(s.Sector, s.Contribution, s.Direction))
            .ToList());
}
