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

    // Further metrics the services expose (their *Metrics classes) that dashboards may show.
    private static readonly string[] ServiceMetrics =
    [
        "supplyrisk_sector_risk_baseline",
        "supplyrisk_sector_risk_news",
        "supplyrisk_news_rejected_total",
        "supplyrisk_scoring_failures_total",
        "supplyrisk_risk_items_total",
        "supplyrisk_ingest_outbox_pending",
        "supplyrisk_ingest_publish_failures_total",
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
    public void Alert_rules_cover_bands_jumps_downtime_error_queues_and_a_stalled_pipeline()
    {
        var rules = AlertRules.Expressions();

        Assert.Contains("supplyrisk_sector_risk_score >= 50", rules["SectorRiskHigh"], StringComparison.Ordinal);
        Assert.Contains("supplyrisk_sector_risk_score < 75", rules["SectorRiskHigh"], StringComparison.Ordinal);
        Assert.Equal("supplyrisk_sector_risk_score >= 75", rules["SectorRiskCritical"]);
        Assert.Equal("supplyrisk_sector_risk_score - min_over_time(supplyrisk_sector_risk_score[1h]) >= 15", rules["SectorRiskJump"]);
        Assert.Equal("up < 1", rules["ServiceDown"]);
        Assert.Equal("rabbitmq_queue_messages_ready{queue=~\".+_error\"} >= 1", rules["ErrorQueueNotEmpty"]);
        Assert.Equal(
            "sum(increase(supplyrisk_news_ingested_total[5m])) > 0 and (sum(increase(supplyrisk_news_scored_total[5m])) or vector(0)) < 1",
            rules["PipelineStalled"]);
    }

    [Fact]
    public void Every_alert_has_a_severity_a_summary_and_a_description()
    {
        foreach (var (name, rule) in AlertRules.All())
        {
            Assert.Contains(rule.MapOrNull("labels")?.Str("severity"), new[] { "warning", "critical" });
            Assert.False(string.IsNullOrWhiteSpace(rule.MapOrNull("annotations")?.Str("summary")), $"{name}: no summary");
            Assert.False(string.IsNullOrWhiteSpace(rule.MapOrNull("annotations")?.Str("description")), $"{name}: no description");
        }
    }

    [Fact]
    public void Rules_and_dashboards_only_use_documented_application_metrics()
    {
        var texts = PrometheusConfig.Local.RuleFiles().Select(File.ReadAllText)
            .Concat(Directory.GetFiles(RepoPaths.Combine("deploy", "grafana", "dashboards"), "*.json").Select(File.ReadAllText));

        var used = texts.SelectMany(t => MetricName().Matches(t).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var known = DocumentedMetrics.Concat(ServiceMetrics).ToList();
        var unknown = used.Where(name => !known.Any(d => name == d || name.StartsWith(d + "_", StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(used);
        Assert.True(unknown.Count == 0, $"undocumented metrics: {string.Join(", ", unknown)}");
    }

    [GeneratedRegex(@"\bsupplyrisk_[a-z_]+")]
    private static partial Regex MetricName();
}
