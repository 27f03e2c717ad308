using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Scoring;

internal static class ScoringExtensions
{
    public static WebApplicationBuilder AddScoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScoringOptions>()
            .BindConfiguration(ScoringOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        ScoringMetrics.Register();
        builder.Services.AddSingleton(NewsScorer.Default);
        builder.Services.AddSingleton<ScoreStore>();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue($"{ScoringOptions.Section}:MaxRequestBytes", 1024L * 1024) + 1);
        return builder;
    }
}
