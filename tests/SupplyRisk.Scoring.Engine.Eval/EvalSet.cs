using System.Text.Json;

namespace SupplyRisk.Scoring.Engine.Eval;

/// <summary>Loads the evaluation set (JSON lines) from beside the binaries, where the build
/// copies it.</summary>
public static class EvalSet
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "eval", "items.jsonl");

    public static IReadOnlyList<EvalItem> Load(string? path = null)
    {
        var items = new List<EvalItem>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path ?? DefaultPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var expected = root.GetProperty("expected");
            items.Add(new EvalItem(
                root.GetProperty("id").GetString()!,
                root.GetProperty("title").GetString()!,
                root.GetProperty("body").GetString()!,
                DateTimeOffset.Parse(root.GetProperty("publishedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                expected.GetProperty("overall").GetString()!,
                expected.GetProperty("sectors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
                root.GetProperty("category").GetString()!,
                root.GetProperty("note").GetString() ?? throw new InvalidDataException($"line {lineNumber}: note missing")));
        }

        return items;
    }
}
