namespace SupplyRisk.Deploy.Tests;

/// <summary>One Prometheus configuration file under deploy/prometheus.</summary>
internal sealed class PrometheusConfig
{
    private PrometheusConfig(string path, Dictionary<object, object?> root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public Dictionary<object, object?> Root { get; }

    public static string Folder => RepoPaths.Combine("deploy", "prometheus");

    public static PrometheusConfig Local => Load("prometheus.yml");

    public static PrometheusConfig Docker => Load("prometheus.docker.yml");

    public static PrometheusConfig Load(string fileName)
    {
        var path = System.IO.Path.Combine(Folder, fileName);
        return new PrometheusConfig(path, Yaml.LoadMap(path));
    }

    public IEnumerable<Dictionary<object, object?>> ScrapeConfigs =>
        Yaml.Seq(Root["scrape_configs"], "scrape_configs").Select(j => Yaml.Map(j, "scrape config"));

    /// <summary>Job name to its static targets.</summary>
    public Dictionary<string, List<string>> Targets() =>
        ScrapeConfigs.ToDictionary(
            job => job.Str("job_name")!,
            job => (job.SeqOrNull("static_configs") ?? [])
                .SelectMany(sc => Yaml.Map(sc, "static config").SeqOrNull("targets") ?? [])
                .Cast<string>()
                .ToList());

    public string? MetricsPath(string job) =>
        ScrapeConfigs.Single(j => j.Str("job_name") == job).Str("metrics_path");

    public IEnumerable<string> RuleFilePatterns => (Root.SeqOrNull("rule_files") ?? []).Cast<string>();

    /// <summary>Rule files matched by the rule_files globs, relative to the config file as Prometheus does.</summary>
    public List<string> RuleFiles() =>
        RuleFilePatterns
            .SelectMany(pattern =>
            {
                var full = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, pattern);
                var dir = System.IO.Path.GetDirectoryName(full)!;
                return Directory.Exists(dir) ? Directory.GetFiles(dir, System.IO.Path.GetFileName(full)) : [];
            })
            .Order(StringComparer.Ordinal)
            .ToList();
}
