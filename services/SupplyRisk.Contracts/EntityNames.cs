namespace SupplyRisk.Contracts;

/// <summary>RabbitMQ exchange names, pinned so that subscribers in any language can bind to
/// them without knowing .NET type names.</summary>
public static class EntityNames
{
    public const string NewsItemIngested = "supplyrisk.news-item-ingested";
    public const string NewsItemScored = "supplyrisk.news-item-scored";
    public const string SectorRiskChanged = "supplyrisk.sector-risk-changed";
}
