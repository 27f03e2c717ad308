using System.Text.Json.Nodes;

namespace SupplyRisk.Deploy.Tests;

/// <summary>A provisioned Grafana dashboard JSON file.</summary>
internal sealed class GrafanaDashboard
{
    private GrafanaDashboard(string path, JsonObject json)
    {
        Path = path;
        Json = json;
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public JsonObject Json { get; }

    public static string Folder => RepoPaths.Combine("deploy", "grafana", "dashboards");

    public static IReadOnlyList<GrafanaDashboard> All() =>
        Directory.GetFiles(Folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new GrafanaDashboard(path, JsonNode.Parse(File.ReadAllText(path))!.AsObject()))
            .ToList();

    /// <summary>Every panel, including those nested in collapsed rows.</summary>
    public IEnumerable<JsonObject> Panels()
    {
        foreach (var panel in Json["panels"]?.AsArray().Select(p => p!.AsObject()) ?? [])
        {
            yield return panel;
            foreach (var nested in panel["panels"]?.AsArray().Select(p => p!.AsObject()) ?? [])
            {
                yield return nested;
            }
        }
    }

    /// <summary>Every data source uid the dashboard refers to (panels, queries, variables, annotations).</summary>
    public IEnumerable<string> DataSourceUids()
    {
        var stack = new Stack<JsonNode>([Json]);
        while (stack.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["datasource"] is JsonObject ds && ds["uid"]?.GetValue<string>() is { } uid)
                    {
                        yield return uid;
                    }

                    foreach (var child in obj.Select(kv => kv.Value).OfType<JsonNode>())
                    {
                        stack.Push(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array.OfType<JsonNode>())
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }
    }
}
