using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Npgsql;
using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Dashboards;

/// <summary>
/// Grafana cannot run here, so every query of every provisioned dashboard is run the way Grafana
/// would run it (macros and variables filled in) against the test Prometheus and PostgreSQL,
/// after the pipeline has handled a few sample items. A query that returns nothing is a panel
/// that shows "No data".
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class Dashboard_queries(PipelineFixture system)
{
    private static readonly string DashboardFolder = Path.Combine(TestSettings.RepoRoot, "deploy", "grafana", "dashboards");

    private static IReadOnlyList<GrafanaQuery> Queries(GrafanaQueryLanguage language) =>
        GrafanaQueries.Load(DashboardFolder).Where(q => q.Language == language).ToList();

    [Fact]
    public async Task Every_prometheus_query_of_every_dashboard_returns_data_once_news_has_flowed()
    {
        var queries = Queries(GrafanaQueryLanguage.PromQl);
        Assert.NotEmpty(queries);
        using var prometheus = new HttpClient { BaseAddress = new Uri(TestSettings.Prometheus), Timeout = TimeSpan.FromSeconds(30) };

        var ids = await PostSampleNewsAsync();
        var counted = await PipelineFixture.MetricAsync(system.RiskClient, "supplyrisk_risk_items_total");
        await PipelineFixture.WaitUntilAsync(async () =>
            await ScalarAsync(prometheus, "sum(supplyrisk_risk_items_total)") >= counted
            && await ScalarAsync(prometheus, "sum(supplyrisk_news_scored_total)") >= ids.Count
            && await ScalarAsync(prometheus, "sum(up{job=\"rabbitmq-queues\"})") >= 1,
            TimeSpan.FromSeconds(30), "the test Prometheus to scrape the services and the broker");

        // A series born with the sample items (the scoring counters appear with the first
        // score) needs a second scrape before rate() and increase() can see it.
        var empty = await EmptyPromQlQueriesAsync(prometheus, queries);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (empty.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
            empty = await EmptyPromQlQueriesAsync(prometheus, queries);
        }

        Assert.True(empty.Count == 0, "queries without data:\n" + string.Join('\n', empty));
    }

    [Fact]
    public async Task Every_sql_query_of_every_dashboard_returns_rows_once_news_has_flowed()
    {
        var queries = Queries(GrafanaQueryLanguage.Sql);
        Assert.NotEmpty(queries);
        await PostSampleNewsAsync();

        var empty = new List<string>();
        await using var connection = await system.Database.OpenConnectionAsync();
        foreach (var query in queries)
        {
            var sql = query.Resolved;
            Assert.True(GrafanaMacros.Unresolved(sql).Count == 0, $"{query}: unresolved {string.Join(", ", GrafanaMacros.Unresolved(sql))} in\n{sql}");

            // Read-only, as for Grafana's reader role: a dashboard query must not write.
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            {
                await readOnly.ExecuteNonQueryAsync();
            }

            await using var command = new NpgsqlCommand(sql, connection, transaction);
            var rows = 0;
            try
            {
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    rows++;
                }
            }
            catch (PostgresException e)
            {
                Assert.Fail($"{query} failed: {e.MessageText}\n{sql}");
            }

            await transaction.RollbackAsync();
            if (rows == 0)
            {
                empty.Add($"{query}:\n{sql}");
            }
        }

        Assert.True(empty.Count == 0, "queries without rows:\n" + string.Join("\n\n", empty));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("scoring")]
    [InlineData("risk")]
    public async Task Each_services_metrics_pass_promtool_check_metrics(string service)
    {
        var client = service switch
        {
            "ingest" => system.IngestClient,
            "scoring" => system.ScoringClient,
            _ => system.RiskClient,
        };
        var text = await client.GetStringAsync("/metrics");

        var (exitCode, output) = await PromtoolCheckMetricsAsync(text);

        Assert.True(exitCode == 0, $"promtool check metrics found problems in the {service} service's /metrics (exit {exitCode}):\n{output}");
    }

    /// <summary>Posts the sample items and waits until the risk service has counted each one.</summary>
    private async Task<List<Guid>> PostSampleNewsAsync()
    {
        var ids = PipelineFixture.NewIds(await system.PostNewsAsync(DashboardSampleNews.Batch()));
        Assert.NotEmpty(ids);
        await PipelineFixture.WaitUntilAsync(async () =>
        {
            await using var cmd = system.Database.CreateCommand("SELECT count(*) FROM risk.scored_items WHERE news_id = ANY($1)");
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            return (long)(await cmd.ExecuteScalarAsync())! == ids.Count;
        }, TimeSpan.FromSeconds(15), "the risk service to count the sample items");

        // Traffic on the read APIs, so the request panels have more than health probes to show.
        (await system.RiskClient.GetAsync(new Uri("/v1/risk", UriKind.Relative))).Dispose();
        (await system.ScoringClient.GetAsync(new Uri($"/v1/news/{ids[0]}/score", UriKind.Relative))).Dispose();
        return ids;
    }

    private static async Task<List<string>> EmptyPromQlQueriesAsync(HttpClient prometheus, IReadOnlyList<GrafanaQuery> queries)
    {
        var empty = new List<string>();
        foreach (var query in queries)
        {
            var promql = query.Resolved;
            Assert.True(GrafanaMacros.Unresolved(promql).Count == 0, $"{query}: unresolved {string.Join(", ", GrafanaMacros.Unresolved(promql))} in {promql}");
            var json = JsonNode.Parse(await prometheus.GetStringAsync("/api/v1/query?query=" + Uri.EscapeDataString(promql)))!;
            Assert.True((string?)json["status"] == "success", $"{query}: {json}");
            if (json["data"]!["result"]!.AsArray().Count == 0)
            {
                empty.Add($"{query}: {promql}");
            }
        }

        return empty;
    }

    private static async Task<double> ScalarAsync(HttpClient prometheus, string query)
    {
        var json = JsonNode.Parse(await prometheus.GetStringAsync("/api/v1/query?query=" + Uri.EscapeDataString(query)))!;
        var result = json["data"]?["result"]?.AsArray();
        return result is { Count: > 0 } ? double.Parse((string)result[0]!["value"]![1]!, CultureInfo.InvariantCulture) : 0;
    }

    private static async Task<(int ExitCode, string Output)> PromtoolCheckMetricsAsync(string metrics)
    {
        const string promtool = "/usr/bin/promtool";
        Assert.True(File.Exists(promtool), $"{promtool} is missing: install the 'prometheus' package (tests/run.sh does)");
        var start = new ProcessStartInfo(promtool, ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(metrics);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
