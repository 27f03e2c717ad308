using System.Text.Json;

namespace SupplyRisk.Deploy.Tests;

/// <summary>Reads seeds/news in its three formats: Markdown with header lines, JSON lines, one JSON object.</summary>
internal static class SeedNews
{
    public static string Folder => RepoPaths.Combine("seeds", "news");

    public static IReadOnlyList<SeedNewsItem> All()
    {
        var items = new List<SeedNewsItem>();
        foreach (var path in Directory.GetFiles(Folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            switch (Path.GetExtension(path))
            {
                case ".md":
                    items.Add(ReadMarkdown(path));
                    break;
                case ".jsonl":
                    var lines = File.ReadAllLines(path);
                    for (var i = 0; i < lines.Length; i++)
                    {
                        if (lines[i].Trim().Length > 0)
                        {
                            items.Add(FromJson(lines[i], $"{name}:{i + 1}", "jsonl"));
                        }
                    }

                    break;
                case ".json":
                    items.Add(FromJson(File.ReadAllText(path), name, "json"));
                    break;
                default:
                    throw new InvalidDataException($"{name}: unexpected file in seeds/news");
            }
        }

        return items;
    }

    /// <summary>"Name: value" header lines, a blank line, then the body.</summary>
    private static SeedNewsItem ReadMarkdown(string path)
    {
        var lines = File.ReadAllLines(path);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: header line {i + 1} has no 'Name: value' form");
            }

            headers[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }

        var body = string.Join('\n', lines.Skip(i + 1)).Trim();
        return new SeedNewsItem(
            Path.GetFileName(path),
            "md",
            headers.GetValueOrDefault("Title"),
            body,
            headers.GetValueOrDefault("Published"),
            headers.GetValueOrDefault("Source"),
            headers.GetValueOrDefault("Url"),
            headers.GetValueOrDefault("Language"));
    }

    private static SeedNewsItem FromJson(string json, string origin, string format)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        string? Get(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new SeedNewsItem(origin, format, Get("title"), Get("body"), Get("publishedAt"), Get("source"), Get("url"), Get("language"));
    }
}
