using SupplyRisk.Risk.Changes;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Risk.Index;

internal static class RiskIndexExtensions
{
    public static WebApplicationBuilder AddRiskIndex(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RiskOptions>()
            .BindConfiguration(RiskOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(NewsScorer.Default);
        builder.Services.AddSingleton<Baselines>();
        builder.Services.AddSingleton<SectorBuckets>();
        builder.Services.AddSingleton<ScoredItemWriter>();
        builder.Services.AddSingleton<RiskIndexQueries>();
        builder.Services.AddSingleton<CurrentRisk>();
        builder.Services.AddSingleton<RiskChangePublisher>();
        builder.Services.AddSingleton<RecomputeSignal>();
        builder.Services.AddHostedService<RiskRecalculator>();
        return builder;
    }
}
