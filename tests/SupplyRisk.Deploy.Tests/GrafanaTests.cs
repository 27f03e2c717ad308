using System.Text.Json.Nodes;

namespace SupplyRisk.Deploy.Tests;

/// <summary>Grafana provisioning and dashboards: they load, lay out cleanly and point at provisioned data.</summary>
public sealed class GrafanaTests
{
    // Grafana's own pseudo data sources, always present.
    private static readonly string[] BuiltInDataSources = ["-- Grafana --", "grafana", "-- Mixed --", "-- Dashboard --"];

    private static readonly string[] Sectors = ["ev", "aerospace", "semiconductor", "defence"];

    private readonly IReadOnlyList<GrafanaDashboard> dashboards = GrafanaDashboard.All();

    [Fact]
    public void Every_dashboard_parses_with_a_fixed_unique_uid_a_title_and_schema_version()
    {
        Assert.NotEmpty(dashboards);
        foreach (var dashboard in dashboards)
        {
            Assert.False(string.IsNullOrWhiteSpace(dashboard.Json["uid"]?.GetValue<string>()), $"{dashboard.Name}: no uid");
            Assert.False(string.IsNullOrWhiteSpace(dashboard.Json["title"]?.GetValue<string>()), $"{dashboard.Name}: no title");
            Assert.True(dashboard.Json["schemaVersion"]?.GetValue<int>() >= 39, $"{dashboard.Name}: schemaVersion below 39");
            Assert.Null(dashboard.Json["id"]);
        }

        var uids = dashboards.Select(d => d.Json["uid"]!.GetValue<string>()).ToList();
        Assert.Equal(uids.Count, uids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Panel_ids_are_unique_and_every_panel_has_a_title()
    {
        foreach (var dashboard in dashboards)
        {
            var panels = dashboard.Panels().ToList();
            var ids = panels.Select(p => p["id"]?.GetValue<int>()).ToList();

            Assert.DoesNotContain(null, ids);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(panels, p => Assert.False(string.IsNullOrWhiteSpace(p["title"]?.GetValue<string>()), $"{dashboard.Name}: panel {p["id"]} has no title"));
        }
    }

    [Fact]
    public void Panels_fit_the_24_column_grid_without_overlapping()
    {
        foreach (var dashboard in dashboards)
        {
            var boxes = dashboard.Panels()
                .Select(p => (Id: p["id"]!.GetValue<int>(), Grid: p["gridPos"]!.AsObject()))
                .Select(p => (p.Id, X: Int(p.Grid, "x"), Y: Int(p.Grid, "y"), W: Int(p.Grid, "w"), H: Int(p.Grid, "h")))
                .ToList();

            foreach (var b in boxes)
            {
                Assert.True(b.W > 0 && b.H > 0 && b.X >= 0 && b.Y >= 0 && b.X + b.W <= 24, $"{dashboard.Name}: panel {b.Id} is outside the grid");
            }

            foreach (var a in boxes)
            {
                foreach (var b in boxes.Where(b => b.Id > a.Id))
                {
                    var overlap = a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
                    Assert.False(overlap, $"{dashboard.Name}: panels {a.Id} and {b.Id} overlap");
                }
            }
        }
    }

    [Fact]
    public void Every_data_source_a_dashboard_uses_is_provisioned()
    {
        var provisioned = ProvisionedDataSources().Select(ds => ds.Str("uid")!).ToHashSet(StringComparer.Ordinal);

        foreach (var dashboard in dashboards)
        {
            var used = dashboard.DataSourceUids()
                .Where(uid => !BuiltInDataSources.Contains(uid) && !uid.StartsWith('$'))
                .ToHashSet(StringComparer.Ordinal);

            Assert.NotEmpty(used);
            Assert.Empty(used.Except(provisioned));
        }
    }

    [Fact]
    public void Data_sources_have_fixed_uids_and_the_database_password_comes_from_the_environment()
    {
        var sources = ProvisionedDataSources().ToDictionary(ds => ds.Str("uid")!);

        Assert.Equal("prometheus", sources["prometheus"].Str("type"));
        var postgres = sources["postgres"];
        Assert.Equal("supplyrisk_reader", postgres.Str("user"));
        Assert.Equal("${GRAFANA_DB_PASSWORD}", postgres.MapOrNull("secureJsonData")!.Str("password"));

        var grafana = ComposeFile.Load().Services["grafana"];
        Assert.Equal("${GRAFANA_DB_PASSWORD:?set it in .env}", ComposeFile.Environment(grafana)["GRAFANA_DB_PASSWORD"]);
    }

    [Fact]
    public void Dashboard_provider_reads_the_folder_compose_mounts_the_dashboards_into()
    {
        var providers = Yaml.Seq(
            Yaml.LoadMap(RepoPaths.Combine("deploy", "grafana", "provisioning", "dashboards", "dashboards.yml"))["providers"],
            "providers");
        var provider = Yaml.Map(Assert.Single(providers), "provider");
        var path = provider.MapOrNull("options")!.Str("path");

        var mounts = ComposeFile.BindMounts(ComposeFile.Load().Services["grafana"]);
        var dashboardsMount = Assert.Single(mounts, m => m.Target == path);
        Assert.Equal("./deploy/grafana/dashboards", dashboardsMount.Source);
        Assert.Contains(mounts, m => m.Source == "./deploy/grafana/provisioning" && m.Target == "/etc/grafana/provisioning");
    }

    [Fact]
    public void Sector_risk_dashboard_shows_each_sector_with_the_documented_bands()
    {
        var dashboard = dashboards.Single(d => d.Name == "sector-risk.json");
        var stats = dashboard.Panels().Where(p => p["type"]?.GetValue<string>() == "stat").ToList();

        foreach (var sector in Sectors)
        {
            var panel = Assert.Single(stats, p => Expressions(p).Any(e => e.Contains($"supplyrisk_sector_risk_score{{sector=\"{sector}\"}}", StringComparison.Ordinal)));
            var defaults = panel["fieldConfig"]!["defaults"]!;
            Assert.Equal("none", defaults["unit"]!.GetValue<string>());
            Assert.Equal(0, defaults["min"]!.GetValue<int>());
            Assert.Equal(100, defaults["max"]!.GetValue<int>());

            var steps = defaults["thresholds"]!["steps"]!.AsArray()
                .Select(s => (Color: s!["color"]!.GetValue<string>(), Value: s["value"]?.GetValue<int>()))
                .ToList();
            Assert.Equal([("green", (int?)null), ("yellow", 25), ("orange", 50), ("red", 75)], steps);
        }
    }

    [Fact]
    public void Sector_risk_time_series_follows_the_sector_variable()
    {
        var dashboard = dashboards.Single(d => d.Name == "sector-risk.json");
        var variable = dashboard.Json["templating"]!["list"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "sector")!;
        var options = variable["query"]!.GetValue<string>().Split(',');

        Assert.Equal(Sectors.Order(), options.Order());
        Assert.Contains(
            dashboard.Panels().Where(p => p["type"]?.GetValue<string>() == "timeseries").SelectMany(Expressions),
            e => e.Contains("supplyrisk_sector_risk_score{sector=~\"$sector\"}", StringComparison.Ordinal));
    }

    [Fact]
    public void Ships_the_sector_risk_news_flow_and_service_health_dashboards()
    {
        Assert.Equal(
            ["news-flow.json", "sector-risk.json", "service-health.json"],
            dashboards.Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Grafana_opens_on_a_provisioned_dashboard()
    {
        var grafana = ComposeFile.Load().Services["grafana"];
        var home = ComposeFile.Environment(grafana)["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"];
        var mount = Assert.Single(ComposeFile.BindMounts(grafana), m => home.StartsWith(m.Target + "/", StringComparison.Ordinal));

        Assert.Equal("./deploy/grafana/dashboards", mount.Source);
        Assert.True(File.Exists(Path.Combine(GrafanaDashboard.Folder, home[(mount.Target.Length + 1)..])), $"{home} is not a dashboard file");
    }

    [Fact]
    public void Every_panel_has_queries_a_unit_and_thresholds()
    {
        var problems = new List<string>();
        foreach (var dashboard in dashboards)
        {
            foreach (var panel in dashboard.Panels().Where(p => p["type"]?.GetValue<string>() is not ("row" or "text")))
            {
                var name = $"{dashboard.Name}: panel {panel["id"]} '{panel["title"]}'";
                var defaults = panel["fieldConfig"]?["defaults"];
                if (string.IsNullOrWhiteSpace(defaults?["unit"]?.GetValue<string>()))
                {
                    problems.Add($"{name} has no unit");
                }

                if (defaults?["thresholds"]?["steps"] is not JsonArray { Count: > 0 } steps || steps[0]!["value"] is not null)
                {
                    problems.Add($"{name} has no thresholds starting with a base step");
                }

                if (panel["targets"] is not JsonArray { Count: > 0 })
                {
                    problems.Add($"{name} has no query");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Sector_risk_dashboard_marks_scored_news_from_postgres_with_title_source_and_contribution()
    {
        var dashboard = dashboards.Single(d => d.Name == "sector-risk.json");
        var annotation = dashboard.Json["annotations"]!["list"]!.AsArray()
            .Single(a => a!["datasource"]?["uid"]?.GetValue<string>() == "postgres")!;
        var sql = annotation["target"]!["rawSql"]!.GetValue<string>();

        Assert.True(annotation["enable"]!.GetValue<bool>());
        Assert.Contains("AS \"time\"", sql, StringComparison.Ordinal);
        Assert.Contains("AS text", sql, StringComparison.Ordinal);
        Assert.Contains("i.title", sql, StringComparison.Ordinal);
        Assert.Contains("i.source", sql, StringComparison.Ordinal);
        Assert.Contains("c.contribution", sql, StringComparison.Ordinal);
        Assert.Contains("$__timeFilter(", sql, StringComparison.Ordinal);
        Assert.Contains("IN ($sector)", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Sector_risk_dashboard_shows_baseline_and_news_parts_and_the_top_drivers_with_article_links()
    {
        var dashboard = dashboards.Single(d => d.Name == "sector-risk.json");
        var expressions = dashboard.Panels().SelectMany(Expressions).ToList();
        Assert.Contains(expressions, e => e.Contains("supplyrisk_sector_risk_baseline{sector=~\"$sector\"}", StringComparison.Ordinal));
        Assert.Contains(expressions, e => e.Contains("supplyrisk_sector_risk_news{sector=~\"$sector\"}", StringComparison.Ordinal));

        var drivers = dashboard.Panels().Single(p => p["title"]!.GetValue<string>() == "Top drivers now");
        Assert.Equal("table", drivers["type"]!.GetValue<string>());
        var sql = drivers["targets"]![0]!["rawSql"]!.GetValue<string>();
        Assert.Contains("risk.effective_contributions", sql, StringComparison.Ordinal);
        Assert.Contains("AS \"Url\"", sql, StringComparison.Ordinal);

        var overrides = drivers["fieldConfig"]!["overrides"]!.AsArray();
        var title = overrides.Single(o => o!["matcher"]!["options"]!.GetValue<string>() == "Title")!;
        var links = title["properties"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "links")!["value"]!.AsArray();
        Assert.Equal("${__data.fields.Url}", links.Single()!["url"]!.GetValue<string>());
    }

    [Fact]
    public void News_flow_and_service_health_dashboards_cover_their_signals()
    {
        var flow = string.Join('\n', dashboards.Single(d => d.Name == "news-flow.json").Panels().SelectMany(Expressions));
        foreach (var metric in new[]
        {
            "supplyrisk_news_ingested_total", "supplyrisk_news_duplicates_total", "supplyrisk_news_scored_total",
            "supplyrisk_pipeline_latency_seconds_bucket", "supplyrisk_scoring_duration_seconds_bucket",
            "supplyrisk_scoring_failures_total", "supplyrisk_ingest_publish_failures_total",
        })
        {
            Assert.Contains(metric, flow, StringComparison.Ordinal);
        }

        var health = string.Join('\n', dashboards.Single(d => d.Name == "service-health.json").Panels().SelectMany(Expressions));
        foreach (var metric in new[]
        {
            "http_request_duration_seconds_count", "http_request_duration_seconds_bucket", "rabbitmq_queue_messages",
            "rabbitmq_queue_consumers", "rabbitmq_queue_messages_ready{queue=~\".+_error\"}",
            "process_working_set_bytes", "process_cpu_seconds_total", "up",
            "dotnet_gc_allocated_bytes_total", "dotnet_gc_pause_seconds_total",
        })
        {
            Assert.Contains(metric, health, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> Expressions(JsonObject panel) =>
        panel["targets"]?.AsArray().Select(t => t!["expr"]?.GetValue<string>() ?? "") ?? [];

    private static int Int(JsonObject obj, string key) => obj[key]!.GetValue<int>();

    private static IEnumerable<Dictionary<object, object?>> ProvisionedDataSources() =>
        Yaml.Seq(
                Yaml.LoadMap(RepoPaths.Combine("deploy", "grafana", "provisioning", "datasources", "datasources.yml"))["datasources"],
                "datasources")
            .Select(ds => Yaml.Map(ds, "datasource"));
}
