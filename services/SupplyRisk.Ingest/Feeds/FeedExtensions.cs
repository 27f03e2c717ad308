using System.Net;

namespace SupplyRisk.Ingest.Feeds;

internal static class FeedExtensions
{
    /// <summary>Background polling of <c>Ingest:Feeds</c>; nothing runs when the list is empty.</summary>
    public static WebApplicationBuilder AddFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestOptions>()
            .Validate(o => o.Feeds.All(f => f.IsValid),
                "Every Ingest:Feeds entry needs an absolute http(s) Url and IntervalSeconds between 1 and 604800.");
        builder.Services.AddSingleton<FeedStateStore>();
        builder.Services.AddHttpClient(FeedPoller.HttpClientName, http =>
            {
                http.DefaultRequestHeaders.UserAgent.ParseAdd("SupplyRisk-Ingest/1.0 (feed poller)");
                http.DefaultRequestHeaders.Accept.ParseAdd(
                    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
                http.Timeout = Timeout.InfiniteTimeSpan; // per request, from Ingest:FeedTimeoutSeconds
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });
        builder.Services.AddHostedService<FeedPoller>();
        return builder;
    }
}
