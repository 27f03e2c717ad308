using SupplyRisk.Ingest.Outbox;

namespace SupplyRisk.Ingest.News;

internal static class IngestionExtensions
{
    public static WebApplicationBuilder AddIngestion(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestOptions>()
            .BindConfiguration(IngestOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<NewsItemValidator>();
        builder.Services.AddSingleton<NewsItemStore>();
        builder.Services.AddSingleton<SupplyRisk.Ingest.NearDuplicates.SketchIndex>();
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddHostedService<OutboxRelay>();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            // Leave room above our own limit so RequestBody can answer 413 with a message.
            var limit = context.Configuration.GetValue($"{IngestOptions.Section}:MaxRequestBytes", 8L * 1024 * 1024);
            kestrel.Limits.MaxRequestBodySize = limit + 1;
        });
        return builder;
    }
}
