using System.Text.RegularExpressions;

namespace SupplyRisk.Deploy.Tests;

/// <summary>docker-compose.yml: health, start order, secrets, mounts and ports.</summary>
public sealed partial class ComposeFileTests
{
    private const string Marker = "\u0001";

    private static readonly string[] ApplicationServices = ["ingest", "scoring", "risk"];

    private readonly ComposeFile compose = ComposeFile.Load();

    [Fact]
    public void Declares_the_infrastructure_the_application_and_grafana()
    {
        string[] expected = ["postgres", "rabbitmq", "prometheus", "grafana", .. ApplicationServices];

        Assert.Empty(expected.Except(compose.Services.Keys));
    }

    [Fact]
    public void Every_service_has_a_healthcheck_or_is_a_one_shot()
    {
        var unchecked_ = compose.Services
            .Where(s => !HasHealthcheck(s.Value) && s.Value.Str("restart") != "no")
            .Select(s => s.Key)
            .ToList();

        Assert.True(unchecked_.Count == 0, $"services without a healthcheck: {string.Join(", ", unchecked_)}");
    }

    [Fact]
    public void Every_dependency_waits_for_a_healthy_service_that_exists()
    {
        var problems = new List<string>();
        foreach (var (name, service) in compose.Services)
        {
            switch (service.GetValueOrDefault("depends_on"))
            {
                case null:
                    break;
                case List<object?> list:
                    problems.Add($"{name}: depends_on as a list has no condition ({string.Join(", ", list)})");
                    break;
                case Dictionary<object, object?> map:
                    foreach (var (dependency, settings) in map)
                    {
                        var target = (string)dependency;
                        var condition = (settings as Dictionary<object, object?>)?.Str("condition");
                        if (condition != "service_healthy")
                        {
                            problems.Add($"{name} -> {target}: condition is '{condition}', not service_healthy");
                        }

                        if (!compose.Services.TryGetValue(target, out var other))
                        {
                            problems.Add($"{name} -> {target}: no such service");
                        }
                        else if (!HasHealthcheck(other))
                        {
                            problems.Add($"{name} -> {target}: {target} has no healthcheck to wait for");
                        }
                    }

                    break;
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Application_services_start_after_postgres_and_rabbitmq_are_healthy()
    {
        foreach (var name in ApplicationServices)
        {
            var dependsOn = Yaml.Map(compose.Services[name]["depends_on"], $"{name}.depends_on");
            Assert.Contains("postgres", dependsOn.Keys.Cast<string>());
            Assert.Contains("rabbitmq", dependsOn.Keys.Cast<string>());
        }
    }

    [Fact]
    public void Application_healthchecks_probe_the_ready_endpoint_on_the_service_port()
    {
        foreach (var name in ApplicationServices)
        {
            var port = DocumentedPorts.Services[name];
            var test = string.Join(' ', HealthcheckTest(compose.Services[name]));

            var environment = ComposeFile.Environment(compose.Services[name]);

            Assert.Contains($":{port}/health/ready", test, StringComparison.Ordinal);
            // Listening on all interfaces, so Prometheus and the published port can reach it; the
            // unprefixed Urls wins over a Urls key in the service's appsettings.json.
            Assert.Equal($"http://0.0.0.0:{port}", environment["ASPNETCORE_URLS"]);
            Assert.Equal($"http://0.0.0.0:{port}", environment["Urls"]);
        }
    }

    [Fact]
    public void Secrets_come_from_required_variables_never_from_literals()
    {
        var problems = new List<string>();
        foreach (var (name, service) in compose.Services)
        {
            foreach (var (key, value) in ComposeFile.Environment(service))
            {
                if (SecretName().IsMatch(key) && !RequiredVariable().IsMatch(value))
                {
                    problems.Add($"{name}.{key} = '{value}' is not a ${{VAR}} or ${{VAR:?message}} interpolation");
                }

                // Each interpolation becomes one marker, so a password part must be exactly that marker.
                var masked = Interpolation().Replace(value, Marker);
                if (ConnectionPassword().Matches(masked).Any(m => m.Groups["value"].Value != Marker))
                {
                    problems.Add($"{name}.{key} has a literal password in its connection string");
                }

                if (UrlPassword().Matches(masked).Any(m => m.Groups["value"].Value != Marker))
                {
                    problems.Add($"{name}.{key} has a literal password in its URL");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_interpolated_variable_is_documented_in_env_example()
    {
        var documented = File.ReadAllLines(RepoPaths.Combine(".env.example"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=')[0])
            .ToHashSet(StringComparer.Ordinal);

        var missing = compose.InterpolatedVariables().Except(documented).ToList();

        Assert.True(missing.Count == 0, $"not in .env.example: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_bind_mounted_host_path_exists_in_the_repository()
    {
        var problems = new List<string>();
        foreach (var (name, service) in compose.Services)
        {
            foreach (var mount in ComposeFile.BindMounts(service))
            {
                if (!mount.Source.StartsWith('.'))
                {
                    problems.Add($"{name}: {mount.Source} is outside the repository");
                    continue;
                }

                var full = Path.GetFullPath(Path.Combine(compose.Directory, mount.Source));
                if (!full.StartsWith(RepoPaths.Root, StringComparison.Ordinal) || !(File.Exists(full) || Directory.Exists(full)))
                {
                    problems.Add($"{name}: {mount.Source} does not exist in the repository");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Published_ports_are_the_documented_ones_on_loopback()
    {
        var expected = new Dictionary<string, int>
        {
            ["ingest"] = DocumentedPorts.Ingest,
            ["scoring"] = DocumentedPorts.Scoring,
            ["risk"] = DocumentedPorts.Risk,
            ["prometheus"] = DocumentedPorts.Prometheus,
            ["grafana"] = DocumentedPorts.Grafana,
            ["rabbitmq"] = DocumentedPorts.RabbitMqManagement,
        };

        var published = compose.Services
            .SelectMany(s => ComposeFile.Ports(s.Value).Select(p => (Service: s.Key, Port: p)))
            .ToList();

        Assert.Equal(
            expected.OrderBy(e => e.Key).Select(e => $"{e.Key}:{e.Value}"),
            published.OrderBy(p => p.Service).Select(p => $"{p.Service}:{p.Port.HostPort}"));
        Assert.All(published, p => Assert.Equal("127.0.0.1", p.Port.HostIp));
        foreach (var name in ApplicationServices)
        {
            var port = Assert.Single(ComposeFile.Ports(compose.Services[name]));
            Assert.Equal(port.HostPort, port.ContainerPort);
        }
    }

    [Fact]
    public void Ingest_imports_the_sample_news_mounted_from_seeds()
    {
        var ingest = compose.Services["ingest"];
        var folder = ComposeFile.Environment(ingest)["Ingest__ImportFolders__0"];

        var mount = ComposeFile.BindMounts(ingest).Single(m => folder.StartsWith(m.Target, StringComparison.Ordinal));
        var hostFolder = Path.GetFullPath(Path.Combine(compose.Directory, mount.Source, folder[mount.Target.Length..].TrimStart('/')));

        Assert.Equal(RepoPaths.Combine("seeds", "news"), hostFolder);
        Assert.NotEmpty(Directory.GetFiles(hostFolder, "*.md"));
        Assert.Contains(":ro", string.Join(' ', ingest.SeqOrNull("volumes")!.Cast<string>()), StringComparison.Ordinal);
    }

    [Fact]
    public void Application_images_build_from_the_shared_dockerfile_with_an_existing_project()
    {
        foreach (var name in ApplicationServices)
        {
            var build = Yaml.Map(compose.Services[name]["build"], $"{name}.build");
            var dockerfile = build.Str("dockerfile")!;
            var service = Yaml.Map(build["args"], $"{name}.build.args").Str("SERVICE")!;

            Assert.Equal("deploy/docker/Dockerfile", dockerfile);
            Assert.Equal(".", build.Str("context"));
            Assert.True(
                File.Exists(RepoPaths.Combine("services", service, $"{service}.csproj")),
                $"{name}: services/{service}/{service}.csproj does not exist");
        }
    }

    [Fact]
    public void Dockerfile_publishes_the_service_and_gives_the_runtime_image_curl_for_healthchecks()
    {
        var dockerfile = File.ReadAllText(RepoPaths.Combine("deploy", "docker", "Dockerfile"));

        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build", dockerfile);
        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0", dockerfile);
        Assert.Contains("dotnet publish \"services/${SERVICE}/${SERVICE}.csproj\"", dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"apt-get install[^\n]*\bcurl\b", dockerfile);
    }

    [Fact]
    public void Dockerignore_keeps_build_output_git_and_local_state_out_of_the_context()
    {
        var lines = File.ReadAllLines(RepoPaths.Combine(".dockerignore")).Select(l => l.Trim()).ToHashSet();

        Assert.Contains("**/bin/", lines);
        Assert.Contains("**/obj/", lines);
        Assert.Contains(".git/", lines);
        Assert.Contains("deploy/local/.run/", lines);
        Assert.Contains(".env", lines);
    }

    [Fact]
    public void Rabbitmq_enables_the_management_and_prometheus_plugins()
    {
        var mount = ComposeFile.BindMounts(compose.Services["rabbitmq"]).Single(m => m.Target == "/etc/rabbitmq/enabled_plugins");
        var plugins = File.ReadAllText(Path.Combine(compose.Directory, mount.Source));

        Assert.Matches(@"^\[\s*rabbitmq_management\s*,\s*rabbitmq_prometheus\s*\]\.\s*$", plugins);
    }

    private static bool HasHealthcheck(Dictionary<object, object?> service)
    {
        var healthcheck = service.MapOrNull("healthcheck");
        if (healthcheck is null || healthcheck.Str("disable") == "true")
        {
            return false;
        }

        var test = HealthcheckTest(service);
        return test.Count > 0 && test[0] != "NONE";
    }

    private static List<string> HealthcheckTest(Dictionary<object, object?> service) =>
        service.MapOrNull("healthcheck")?.GetValueOrDefault("test") switch
        {
            List<object?> list => list.Cast<string>().ToList(),
            string text => [text],
            _ => [],
        };

    [GeneratedRegex("PASSWORD|PASS$|SECRET|TOKEN|KEY", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    // ${NAME} or ${NAME:?message} / ${NAME?message}: a default (":-") would be a committed secret.
    [GeneratedRegex(@"^\$\{[A-Za-z_][A-Za-z0-9_]*(:?\?[^}]*)?\}$")]
    private static partial Regex RequiredVariable();

    [GeneratedRegex(@"Password=(?<value>[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionPassword();

    [GeneratedRegex(@"://[^:/@]*:(?<value>[^@]*)@")]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Interpolation();
}
