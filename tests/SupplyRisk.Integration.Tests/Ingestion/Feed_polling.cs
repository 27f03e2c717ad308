using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Ingestion;

/// <summary>A second ingest process (port 15090, same test database and virtual host) polls
/// feeds served from 127.0.0.1: conditional GETs, new entries, and a broken feed that backs off
/// and recovers. In the pipeline collection so that its outbox relay never runs beside the
/// other pipeline tests.</summary>
[Collection(PipelineCollection.Name)]
public sealed class Feed_polling
{
    private const int PollerPort = 15090;

    [Fact]
    public async Task Feeds_are_polled_conditionally_pick_up_new_entries_and_back_off_while_broken()
    {
        var run = Guid.NewGuid().ToString("N")[..12];
        await using var server = new LocalFeedServer();
        server.Serve("good.xml", Rss(run, 2), "\"v1\"");
        server.Serve("broken.xml", "<rss version=\"2.0\"><channel><title>Broken</title><item><title>cut off", "\"b1\"");
        var good = server.Url("good.xml");
        var broken = server.Url("broken.xml");

        await using var poller = new ServiceProcess("SupplyRisk.Ingest", PollerPort, new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = TestSettings.Postgres,
            ["ConnectionStrings__RabbitMq"] = TestSettings.RabbitMq,
            ["SUPPLYRISK_API_KEY"] = PipelineFixture.ApiKey,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Ingest__Feeds__0__Url"] = good,
            ["Ingest__Feeds__0__IntervalSeconds"] = "1",
            ["Ingest__Feeds__1__Url"] = broken,
            ["Ingest__Feeds__1__IntervalSeconds"] = "1",
            ["Ingest__FeedMaxBackoffSeconds"] = "4",
        });
        await poller.StartAsync();

        // First poll: both entries stored, as feed items with their source and URL.
        await WaitAsync(async () => await CountAsync($"SELECT count(*) FROM ingest.news_items WHERE url LIKE 'https://feeds.example/{run}/%'") == 2,
            "the first poll to store both entries", poller);
        Assert.Equal(2, await CountAsync(
            $"SELECT count(*) FROM ingest.news_items WHERE url LIKE 'https://feeds.example/{run}/%' AND source_kind = 'feed' AND source = 'Test Wire {run}'"));

        // Second poll: a conditional GET answered 304, nothing new stored.
        await WaitAsync(() => Task.FromResult(server.Requests.Any(r => r.Path == "/good.xml" && r.IfNoneMatch == "\"v1\"" && r.IfModifiedSince is not null)),
            "a conditional GET with the last ETag and Last-Modified", poller);
        await WaitAsync(async () => await CountAsync($"SELECT count(*) FROM ingest.feed_state WHERE url = '{good}' AND last_status = 304") == 1,
            "the 304 to be recorded", poller);
        Assert.Equal(2, await CountAsync($"SELECT count(*) FROM ingest.news_items WHERE url LIKE 'https://feeds.example/{run}/%'"));

        // A new entry is picked up on the next poll.
        server.Serve("good.xml", Rss(run, 3), "\"v2\"");
        await WaitAsync(async () => await CountAsync($"SELECT count(*) FROM ingest.news_items WHERE url LIKE 'https://feeds.example/{run}/%'") == 3,
            "the new entry to be stored", poller);
        Assert.Equal(3, await CountAsync($"SELECT items_new FROM ingest.feed_state WHERE url = '{good}'"));

        // The broken feed backs off: failures pile up and the polls spread out.
        await WaitAsync(async () => await CountAsync($"SELECT consecutive_failures FROM ingest.feed_state WHERE url = '{broken}'") >= 3,
            "three failed polls of the broken feed", poller);
        Assert.Equal(1, await CountAsync(
            $"SELECT count(*) FROM ingest.feed_state WHERE url = '{broken}' AND last_error LIKE 'not a valid RSS%' AND next_poll_at >= last_polled_at + interval '3 seconds'"));
        var brokenPolls = server.Requests.Where(r => r.Path == "/broken.xml").Select(r => r.At).ToList();
        var gaps = brokenPolls.Zip(brokenPolls.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        Assert.True(gaps[^1] > gaps[0] + 0.5, $"the gaps between polls of the broken feed should grow: {string.Join(", ", gaps.Select(g => g.ToString("0.0")))}");

        // Fixed, it recovers: the failure count resets and its entry is stored.
        server.Serve("broken.xml", Rss(run, 1, prefix: "fixed"), "\"b2\"");
        await WaitAsync(async () => await CountAsync($"SELECT count(*) FROM ingest.feed_state WHERE url = '{broken}' AND consecutive_failures = 0 AND last_status = 200") == 1,
            "the broken feed to recover", poller, seconds: 20);
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM ingest.news_items WHERE url LIKE 'https://feeds.example/{run}/fixed%'"));
    }

    private static string Rss(string run, int entries, string prefix = "entry") =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Test Wire {run}</title><link>https://feeds.example/</link>
        {string.Concat(Enumerable.Range(1, entries).Select(i => $"""
            <item><title>Feed entry {prefix} {i} of run {run}</title>
              <link>https://feeds.example/{run}/{prefix}-{i}</link>
              <pubDate>{DateTimeOffset.UtcNow.AddHours(-i):R}</pubDate>
              <description>&lt;p&gt;Entry {prefix} {i}: a tungsten mine in run {run} reported {i * 7} tonnes of concentrate.&lt;/p&gt;</description></item>
            """))}
        </channel></rss>
        """;

    private static async Task<long> CountAsync(string sql)
    {
        await using var db = Npgsql.NpgsqlDataSource.Create(TestSettings.Postgres);
        await using var cmd = db.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string what, ServiceProcess poller, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"Timed out after {seconds} s waiting for {what}. Poller output:\n{poller.Output}");
    }
}
