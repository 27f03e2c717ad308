using System.Text;
using System.Text.Json;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Import;

/// <summary>Reads news items from files: <c>.json</c> (one item or an array), <c>.jsonl</c>
/// (one item per line), and <c>.txt</c>/<c>.md</c> (optional <c>Key: value</c> header lines —
/// Title, Published, Source, Url, Language, Id — then a blank line and the body; without a
/// Title header the first line is the title).</summary>
internal static class NewsFileReader
{
    public const long MaxFileBytes = 16 * 1024 * 1024;
    public static readonly string[] Extensions = [".json", ".jsonl", ".txt", ".md"];

    /// <summary>One entry per item found, or a single error for the whole file.</summary>
    public static FileItems Read(string path)
    {
        var info = new FileInfo(path);
        if (info.Length == 0)
        {
            return FileItems.Failed("the file is empty");
        }
        if (info.Length > MaxFileBytes)
        {
            return FileItems.Failed($"the file is larger than {MaxFileBytes / (1024 * 1024)} MB");
        }
        var bytes = File.ReadAllBytes(path);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return FileItems.Failed("the file is binary (it contains NUL bytes)");
        }
        if (!ServiceDefaults.Http.RequestBody.TryDecodeUtf8(bytes, out var text))
        {
            return FileItems.Failed("the file is not valid UTF-8");
        }
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => ReadJson(text),
            ".jsonl" => ReadJsonLines(text),
            ".txt" or ".md" => FileItems.Of([ReadText(text)]),
            var ext => FileItems.Failed($"'{ext}' files are not news files"),
        };
    }

    private static FileItems ReadJson(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Array
                ? FileItems.Of(root.EnumerateArray().Select(RawNewsItem.FromJson).ToList())
                : FileItems.Of([RawNewsItem.FromJson(root)]);
        }
        catch (JsonException e)
        {
            return FileItems.Failed($"not valid JSON: {e.Message}");
        }
    }

    private static FileItems ReadJsonLines(string text)
    {
        var items = new List<RawNewsItem>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var doc = JsonDocument.Parse(line);
                items.Add(RawNewsItem.FromJson(doc.RootElement));
            }
            catch (JsonException e)
            {
                items.Add(new RawNewsItem(null, null, null, null, null, null, null, [$"line {lineNumber} is not valid JSON: {e.Message}"]));
            }
        }
        return FileItems.Of(items);
    }

    private static RawNewsItem ReadText(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length == 0 || colon <= 0 || !IsHeaderName(line[..colon]))
            {
                break;
            }
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (headers.Count == 0)
        {
            i = 0;
        }
        var rest = lines.Skip(i).SkipWhile(string.IsNullOrWhiteSpace).ToList();
        if (!headers.TryGetValue("Title", out var title) && rest.Count > 0)
        {
            title = rest[0].TrimStart('#', ' ');
            rest = rest.Skip(1).ToList();
        }
        var body = new StringBuilder().AppendJoin('\n', rest).ToString();
        return new RawNewsItem(title, body, headers.GetValueOrDefault("Published") ?? headers.GetValueOrDefault("PublishedAt"),
            headers.GetValueOrDefault("Source"), headers.GetValueOrDefault("Url"), headers.GetValueOrDefault("Language"),
            headers.GetValueOrDefault("Id"), []);
    }

    private static readonly HashSet<string> HeaderNames =
        new(["Title", "Published", "PublishedAt", "Source", "Url", "Language", "Id"], StringComparer.OrdinalIgnoreCase);

    private static bool IsHeaderName(string name) => HeaderNames.Contains(name.Trim());
}

/// <summary>The items of one file, or why the file as a whole was rejected.</summary>
internal sealed record FileItems(IReadOnlyList<RawNewsItem> Items, string? Error)
{
    public static FileItems Of(IReadOnlyList<RawNewsItem> items) => new(items, null);

    public static FileItems Failed(string error) => new([], error);
}
