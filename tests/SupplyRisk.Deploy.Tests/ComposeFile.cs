using System.Text.RegularExpressions;

namespace SupplyRisk.Deploy.Tests;

/// <summary>docker-compose.yml at the repository root, read the way Compose reads it.</summary>
internal sealed partial class ComposeFile
{
    private ComposeFile(string path, Dictionary<object, object?> root)
    {
        Path = path;
        Root = root;
        Services = Yaml.Map(root["services"], "services")
            .ToDictionary(kv => (string)kv.Key, kv => Yaml.Map(kv.Value, $"service {kv.Key}"));
    }

    public string Path { get; }

    public Dictionary<object, object?> Root { get; }

    public Dictionary<string, Dictionary<object, object?>> Services { get; }

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    public static ComposeFile Load()
    {
        var path = RepoPaths.Combine("docker-compose.yml");
        return new ComposeFile(path, Yaml.LoadMap(path));
    }

    public string RawText => File.ReadAllText(Path);

    /// <summary>The environment of a service, from either the mapping or the list form.</summary>
    public static Dictionary<string, string> Environment(Dictionary<object, object?> service)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (service.GetValueOrDefault("environment"))
        {
            case Dictionary<object, object?> map:
                foreach (var (key, value) in map)
                {
                    result[(string)key] = value as string ?? "";
                }

                break;
            case List<object?> list:
                foreach (var entry in list.Cast<string>())
                {
                    var eq = entry.IndexOf('=', StringComparison.Ordinal);
                    result[eq < 0 ? entry : entry[..eq]] = eq < 0 ? "" : entry[(eq + 1)..];
                }

                break;
        }

        return result;
    }

    /// <summary>Ports published on the host, from the short ("ip:host:container") or the long syntax.</summary>
    public static IReadOnlyList<PublishedPort> Ports(Dictionary<object, object?> service)
    {
        var result = new List<PublishedPort>();
        foreach (var entry in service.SeqOrNull("ports") ?? [])
        {
            if (entry is Dictionary<object, object?> longForm)
            {
                result.Add(new PublishedPort(
                    longForm.Str("host_ip"),
                    int.Parse(longForm.Str("published")!, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(longForm.Str("target")!, System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            var text = ((string)entry!).Split('/')[0];
            var parts = text.Split(':');
            var container = int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
            var host = parts.Length >= 2 ? int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture) : container;
            var ip = parts.Length == 3 ? parts[0] : null;
            result.Add(new PublishedPort(ip, host, container));
        }

        return result;
    }

    /// <summary>Bind mounts (host path to container path); named volumes are left out.</summary>
    public static IReadOnlyList<BindMount> BindMounts(Dictionary<object, object?> service)
    {
        var result = new List<BindMount>();
        foreach (var entry in service.SeqOrNull("volumes") ?? [])
        {
            if (entry is Dictionary<object, object?> longForm)
            {
                if (longForm.Str("type") == "bind")
                {
                    result.Add(new BindMount(longForm.Str("source")!, longForm.Str("target")!));
                }

                continue;
            }

            var parts = ((string)entry!).Split(':');
            var source = parts[0];
            if (parts.Length >= 2 && (source.StartsWith('.') || source.StartsWith('/') || source.StartsWith('~')))
            {
                result.Add(new BindMount(source, parts[1]));
            }
        }

        return result;
    }

    /// <summary>Every <c>${NAME...}</c> variable the file interpolates.</summary>
    public IReadOnlySet<string> InterpolatedVariables() =>
        VariableReference().Matches(RawText).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariableReference();
}
