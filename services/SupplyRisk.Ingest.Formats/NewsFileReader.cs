using System.Text;
using System.Text.Json;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Formats;

/// <summary>Reads news items from files:
/// <list type="bullet">
/// <item><c>.json</c>: one item or an array of them, a GDELT DOC 2.0 <c>artlist</c> answer, or a JSON Feed;</item>
/// <item><c>.jsonl</c>: one item per line (a broken line is rejected alone);</item>
/// <item><c>.txt</c>/<c>.md</c>: optional <c>Key: value</c> header lines (Title, Published,
/// Source, Url, Language, Id), a blank line, then the body; without a Title header the first
/// line is the title;</item>
/// <item><c>.html</c>/<c>.htm</c>: a saved web page, reduced to its main text;</item>
/// <item><c>.xml</c>/<c>.rss</c>/<c>.atom</c>: an RSS or Atom feed, one item per entry.</item>
/// </list>
/// Bytes are decoded by <see cref="TextDecoder"/> (UTF-8, UTF-16/32 with a byte-order mark,
/// Windows-1252 otherwise). A file that cannot be read is rejected as a whole with its reason.</summary>
internal static class NewsFileReader
{
    public const long MaxFileBytes = 16 * 1024 * 1024;

    public static readonly string[] Extensions = [".json", ".jsonl", ".txt", ".md", ".html", ".htm", ".xml", ".rss", ".atom"];

    /// <summary>One entry per item found, or a single error for the whole file.</summary>
    public static FileItems Read(string path)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                return FileItems.Failed("the file does not exist");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return FileItems.Failed($"the file cannot be read: {e.Message}");
        }
        if (info.Length == 0)
        {
            return FileItems.Failed("the file is empty");
        }
        if (info.Length > MaxFileBytes)
        {
            return FileItems.Failed($"the file is larger than {MaxFileBytes / (1024 * 1024)} MB ({info.Length / (1024 * 1024)} MB)");
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileItems.Failed($"the file cannot be read: {e.Message}");
        }
        return Read(bytes, Path.GetExtension(path));
    }

    /// <summary>Reads the bytes of a file with the given extension (".json", ".md", …).</summary>
    public static FileItems Read(ReadOnlySpan<byte> bytes, string extension)
    {
        if (bytes.Length > MaxFileBytes)
        {
            return FileItems.Failed($"the file is larger than {MaxFileBytes / (1024 * 1024)} MB");
        }
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is not null)
        {
            return FileItems.Failed(decoded.Error);
        }
        var text = decoded.Text;
        return extension.ToLowerInvariant() switch
        {
            ".json" => ReadJson(text),
            ".jsonl" => ReadJsonLines(text),
            ".txt" or ".md" => FileItems.Of([ReadText(text)]),
            ".html" or ".htm" => HtmlArticleExtractor.Extract(text),
            ".xml" or ".rss" or ".atom" => FeedParser.Parse(text),
            var ext => FileItems.Failed($"'{ext}' files are not news files"),
        };
    }

    private static FileItems ReadJson(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            var root = doc.RootElement;
            if (GdeltArtList.Matches(root))
            {
                return GdeltArtList.Read(root);
            }
            if (IsJsonFeed(root))
            {
                return FeedParser.Parse(text);
            }
            return root.ValueKind == JsonValueKind.Array
                ? FileItems.Of(root.EnumerateArray().Select(RawNewsItem.FromJson).ToList())
                : FileItems.Of([RawNewsItem.FromJson(root)]);
        }
        catch (JsonException e)
        {
            return FileItems.Failed($"not valid JSON: {e.Message}");
        }
    }

    private static bool IsJsonFeed(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("version", out var version)
        && version.ValueKind == JsonValueKind.String
        && version.GetRawText().Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase);

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
            // A scraped page often opens with a breadcrumb trail that ends in the headline
            // ("Home Asia <headline>") and then the headline alone: the headline is the title.
            var next = rest.SkipWhile(string.IsNullOrWhiteSpace).FirstOrDefault()?.Trim();
            if (next is { Length: > 0 } && next.Length < title.Length && title.EndsWith(next, StringComparison.OrdinalIgnoreCase))
            {
                title = next;
                rest = rest.SkipWhile(string.IsNullOrWhiteSpace).Skip(1).ToList();
            }
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
