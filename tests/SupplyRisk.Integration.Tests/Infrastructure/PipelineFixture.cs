using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace SupplyRisk.Integration.Tests.Infrastructure;

/// <summary>The three services started once for all pipeline tests, on test ports, against
/// the test database and RabbitMQ virtual host that tests/run.sh resets for every run.</summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    public const string ApiKey = "integration-test-key";
    public const int IngestPort = 15080;
    public const int ScoringPort = 15081;
    public const int RiskPort = 15082;

    internal ServiceProcess Ingest { get; private set; } = null!;
    internal ServiceProcess Scoring { get; private set; } = null!;
    internal ServiceProcess Risk { get; private set; } = null!;

    public HttpClient IngestClient { get; private set; } = null!;
    public HttpClient ScoringClient { get; private set; } = null!;
    public HttpClient RiskClient { get; private set; } = null!;
    public NpgsqlDataSource Database { get; private set; } = null!;

    private Dictionary<string, string> Environment { get; } = new()
    {
        ["ConnectionStrings__Postgres"] = TestSettings.Postgres,
        ["ConnectionStrings__RabbitMq"] = TestSettings.RabbitMq,
        ["SUPPLYRISK_API_KEY"] = ApiKey,
        ["Risk__RecomputeIntervalSeconds"] = "1",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    public async Task InitializeAsync()
    {
        Database = NpgsqlDataSource.Create(TestSettings.Postgres);
        Ingest = new ServiceProcess("SupplyRisk.Ingest", IngestPort, Environment);
        Scoring = new ServiceProcess("SupplyRisk.Scoring", ScoringPort, Environment);
        Risk = new ServiceProcess("SupplyRisk.Risk", RiskPort, Environment);
        await Task.WhenAll(Ingest.StartAsync(), Scoring.StartAsync(), Risk.StartAsync());
        IngestClient = Client(Ingest);
        IngestClient.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        ScoringClient = Client(Scoring);
        RiskClient = Client(Risk);
    }

    private static HttpClient Client(ServiceProcess service) =>
        new() { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Starts a fresh scoring process after a test killed the old one.</summary>
    internal async Task RestartScoringAsync()
    {
        await Scoring.DisposeAsync();
        Scoring = new ServiceProcess("SupplyRisk.Scoring", ScoringPort, Environment);
        await Scoring.StartAsync();
    }

    /// <summary>Starts a fresh risk process after a test killed the old one.</summary>
    internal async Task RestartRiskAsync()
    {
        await Risk.DisposeAsync();
        Risk = new ServiceProcess("SupplyRisk.Risk", RiskPort, Environment);
        await Risk.StartAsync();
    }

    public async Task<JsonObject> PostNewsAsync(object itemOrItems)
    {
        using var response = await IngestClient.PostAsJsonAsync("/v1/news", itemOrItems);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 202, $"POST /v1/news answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The ids of the items a POST stored as new.</summary>
    public static List<Guid> NewIds(JsonObject result) =>
        result["items"]!.AsArray()
            .Where(i => (string?)i!["status"] == "new")
            .Select(i => Guid.Parse((string)i!["id"]!))
            .ToList();

    /// <summary>Reads one sample from a service's /metrics (0 when the series is absent).</summary>
    public static async Task<double> MetricAsync(HttpClient client, string series)
    {
        var text = await client.GetStringAsync("/metrics");
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(series + " ", StringComparison.Ordinal))
            {
                return double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"Timed out after {timeout.TotalSeconds} s waiting for {what}.");
    }

    /// <summary>The tables that hang off an item have no foreign keys (their checks cost more
    /// than the writes; see the migrations that dropped them): each writer stores them in the
    /// transaction that stores the item. Whatever happened before, no row may point nowhere.
    /// The tests' short items get no sketch, so only tests with full-length stories require one.</summary>
    public async Task AssertEveryRowHasItsItemAsync(bool requireSketches)
    {
        Assert.True(await ScalarAsync("SELECT count(*) FROM risk.contributions") > 0, "no contributions stored to check");
        Assert.True(!requireSketches || await ScalarAsync("SELECT count(*) FROM ingest.news_sketches") > 0, "no sketches stored to check");
        (string Table, string Sql)[] orphans =
        [
            ("ingest.outbox", "SELECT count(*) FROM ingest.outbox o WHERE NOT EXISTS (SELECT FROM ingest.news_items n WHERE n.id = o.news_id)"),
            ("ingest.news_sketches", "SELECT count(*) FROM ingest.news_sketches s WHERE NOT EXISTS (SELECT FROM ingest.news_items n WHERE n.id = s.news_id)"),
            ("risk.contributions", "SELECT count(*) FROM risk.contributions c WHERE NOT EXISTS (SELECT FROM risk.scored_items i WHERE i.news_id = c.news_id)"),
            ("risk.effective_contributions", "SELECT count(*) FROM risk.effective_contributions e WHERE NOT EXISTS (SELECT FROM risk.scored_items i WHERE i.news_id = e.news_id)"),
        ];
        foreach (var (table, sql) in orphans)
        {
            Assert.True(await ScalarAsync(sql) == 0, $"{table} has rows whose item is not stored");
        }

        async Task<long> ScalarAsync(string sql)
        {
            await using var cmd = Database.CreateCommand(sql);
            return (long)(await cmd.ExecuteScalarAsync())!;
        }
    }

    /// <summary>Empties every table the pipeline writes (not the last published risk state),
    /// then waits until the risk service has recomputed on the empty data and raised whatever
    /// event that caused, so a test starts from the baseline with a settled reference.</summary>
    public async Task ResetDataAsync()
    {
        await using (var cmd = Database.CreateCommand(
            """
            TRUNCATE ingest.outbox, ingest.news_sketches, ingest.news_items, scoring.news_scores, risk.sector_buckets, risk.effective_contributions, risk.contributions, risk.scored_items, risk.risk_changes CASCADE
            """))
        {
            await cmd.ExecuteNonQueryAsync();
        }
        await WaitUntilAsync(async () =>
        {
            var json = JsonNode.Parse(await RiskClient.GetStringAsync("/v1/risk"))!;
            return json["sectors"]!.AsArray().All(s => (double)s!["news"]! == 0);
        }, TimeSpan.FromSeconds(10), "the risk index to return to its baseline");
        // Two recomputation periods: the state now holds the baseline scores.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public async Task DisposeAsync()
    {
        IngestClient?.Dispose();
        ScoringClient?.Dispose();
        RiskClient?.Dispose();
        await Ingest.DisposeAsync();
        await Scoring.DisposeAsync();
        await Risk.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PipelineCollection : ICollectionFixture<PipelineFixture>
{
    public const string Name = "pipeline";
}
