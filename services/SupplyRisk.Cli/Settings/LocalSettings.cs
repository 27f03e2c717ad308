namespace SupplyRisk.Cli.Settings;

/// <summary>Where the tool finds the API key and the broker: an option first, then the
/// environment, then the <c>deploy/local/.env</c> that <c>up.sh</c> writes (looked for from the
/// working directory upwards), then local defaults.</summary>
internal static class LocalSettings
{
    public const string ApiKeyVariable = "SUPPLYRISK_API_KEY";

    public static string? ApiKey(string? option) =>
        Pick(option, Environment.GetEnvironmentVariable(ApiKeyVariable), EnvFile().GetValueOrDefault(ApiKeyVariable));

    public static string RabbitMq(string? option)
    {
        var env = EnvFile();
        var fromFile = env.TryGetValue("RABBITMQ_USER", out var user) && env.TryGetValue("RABBITMQ_PASSWORD", out var password)
            ? $"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@127.0.0.1:5672/supplyrisk"
            : null;
        return Pick(option, Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq"), fromFile) ?? "amqp://guest:guest@127.0.0.1:5672/";
    }

    private static string? Pick(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The <c>KEY=value</c> lines of the nearest deploy/local/.env, or nothing.</summary>
    internal static Dictionary<string, string> EnvFile(string? start = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "deploy", "local", ".env");
            if (!File.Exists(file))
            {
                continue;
            }
            foreach (var line in File.ReadAllLines(file))
            {
                var eq = line.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0 && !line.TrimStart().StartsWith('#'))
                {
                    values[line[..eq].Trim()] = line[(eq + 1)..].Trim().Trim('"', '\'');
                }
            }
            break;
        }
        return values;
    }
}
