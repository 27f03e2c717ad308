using System.Text.RegularExpressions;

namespace SupplyRisk.Deploy.Tests;

/// <summary>deploy/prometheus: scrape targets agree with the service ports; rules exist and use real metrics.</summary>
public sealed partial class PrometheusConfigTests
{
    // The metrics INTERFACES.md publishes; histograms also expose _bucket, _sum and _count.
    private static readonly string[] DocumentedMetrics =
    [
        "supplyrisk_sector_risk_score",
        "supplyrisk_news_ingested_total",
        "supplyrisk_news_duplicates_total",
        "supplyrisk_news_scored_total",
        "supplyrisk_risk_changes_total",
        "supplyrisk_scoring_duration_seconds",
        "supplyrisk_pipeline_latency_seconds",
    ];

    [Fact]
    public void Local_config_scrapes_every_service_and_the_broker_on_loopback_every_five_seconds()
    {
        var config = PrometheusConfig.Local;

        Assert.Equal("5s", Yaml.Map(config.Root["global"], "global").Str("scrape_interval"));
        var targets = config.Targets();
        Assert.Equal([$"127.0.0.1:{DocumentedPorts.Ingest}"], targets["ingest"]);
        Assert.Equal([$"127.0.0.1:{DocumentedPorts.Scoring}"], targets["scoring"]);
        Assert.Equal([$"127.0.0.1:{DocumentedPorts.Risk}"], targets["risk"]);
        Assert.Equal([$"127.0.0.1:{DocumentedPorts.RabbitMqPrometheus}"], targets["rabbitmq"]);
        Assert.Equal([$"127.0.0.1:{DocumentedPorts.Prometheus}"], targets["prometheus"]);
    }

    [Fact]
    public void Docker_config_scrapes_each_compose_service_on_the_port_it_listens_on()
    {
        var compose = ComposeFile.Load();
        var targets = PrometheusConfig.Docker.Targets();

        foreach (var (service, port) in DocumentedPorts.Services)
        {
            var listening = ComposeFile.Environment(compose.Services[service])["Urls"];
            Assert.EndsWith($":{port}", listening, StringComparison.Ordinal);
            Assert.Equal([$"{service}:{port}"], targets[service]);
        }

        Assert.Equal([$"rabbitmq:{DocumentedPorts.RabbitMqPrometheus}"], targets["rabbitmq"]);
        Assert.Equal([$"localhost:{DocumentedPorts.Prometheus}"], targets["prometheus"]);
        foreach (var target in targets.Values.SelectMany(t => t))
        {
            var host = target.Split(':')[0];
            Assert.True(host == "localhost" || compose.Services.ContainsKey(host), $"{target}: no compose service named {host}");
        }
    }

    [Fact]
    public void Local_and_docker_configs_have_the_same_jobs_and_rules()
    {
        var local = PrometheusConfig.Local;
        var docker = PrometheusConfig.Docker;

        Assert.Equal(local.Targets().Keys.Order(), docker.Targets().Keys.Order());
        Assert.Equal(local.RuleFilePatterns, docker.RuleFilePatterns);
        foreach (var job in local.Targets().Keys)
        {
            Assert.Equal(local.MetricsPath(job), docker.MetricsPath(job));
        }
    }

    [Fact]
    public void Per_queue_broker_metrics_are_scraped_from_the_per_object_endpoint()
    {
        foreach (var config in new[] { PrometheusConfig.Local, PrometheusConfig.Docker })
        {
            var job = config.ScrapeConfigs.Single(j => j.Str("metrics_path") == "/metrics/per-object");
            var target = Assert.Single(config.Targets()[job.Str("job_name")!]);
            Assert.EndsWith($":{DocumentedPorts.RabbitMqPrometheus}", target, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rule_file_globs_match_existing_rule_files()
    {
        foreach (var config in new[] { PrometheusConfig.Local, PrometheusConfig.Docker })
        {
            Assert.NotEmpty(config.RuleFilePatterns);
            Assert.Contains(config.RuleFiles(), f => f.EndsWith("supplyrisk.yml", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Alert_rules_cover_bands_downtime_error_queues_and_a_stalled_pipeline()
    {
        var rules = AlertRules();

        Assert.Contains("supplyrisk_sector_risk_score >= 50", rules["SectorRiskHigh"], StringComparison.Ordinal);
        Assert.Contains("supplyrisk_sector_risk_score >= 75", rules["SectorRiskCritical"], StringComparison.Ordinal);
        Assert.Equal("up == 0", rules["ServiceDown"]);
        Assert.Contains("rabbitmq_queue_messages_ready{queue=~\".*_error\"}", rules["ErrorQueueNotEmpty"], StringComparison.Ordinal);
        Assert.Matches(@"sum\(increase\(supplyrisk_news_ingested_total\[5m\]\)\) > 0 and sum\(increase\(supplyrisk_news_scored_total\[5m\]\)\) == 0", rules["PipelineStalled"]);
    }

    [Fact]
    public void Rules_and_dashboards_only_use_documented_application_metrics()
    {
        var texts = PrometheusConfig.Local.RuleFiles().Select(File.ReadAllText)
            .Concat(Directory.GetFiles(RepoPaths.Combine("deploy", "grafana", "dashboards"), "*.json").Select(File.ReadAllText));

        var used = texts.SelectMany(t => MetricName().Matches(t).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var unknown = used.Where(name => !DocumentedMetrics.Any(d => name == d || name.StartsWith(d + "_", StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(used);
        Assert.True(unknown.Count == 0, $"undocumented metrics: {string.Join(", ", unknown)}");
    }

    private static Dictionary<string, string> AlertRules() =>
        PrometheusConfig.Local.RuleFiles()
            .SelectMany(file => Yaml.Seq(Yaml.LoadMap(file)["groups"], "groups"))
            .SelectMany(group => Yaml.Seq(Yaml.Map(group, "group")["rules"], "rules"))
            .Select(rule => Yaml.Map(rule, "rule"))
            .Where(rule => rule.ContainsKey("alert"))
            .ToDictionary(rule => rule.Str("alert")!, rule => rule.Str("expr")!.Trim());

    [GeneratedRegex(@"\bsupplyrisk_[a-z_]+")]
    private static partial Regex MetricName();
}
