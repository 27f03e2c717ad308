using System.Globalization;
using System.Text.Json;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Formats;

/// <summary>Reads the JSON that the GDELT DOC 2.0 API answers in <c>mode=artlist</c>:
/// <c>{"articles":[{"url","title","seendate":"20250609T101500Z","domain","language":"English",
/// "sourcecountry"}]}</c>. The list carries headlines, not article text, so an item's body is
/// one line saying which outlet and country it was listed for; the headline itself stays the
/// title (the scorer reads both). The seen date is the publication date.</summary>
internal static class GdeltArtList
{
    private static readonly Dictionary<string, string> LanguageTags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "en", ["French"] = "fr", ["German"] = "de", ["Spanish"] = "es", ["Italian"] = "it",
        ["Portuguese"] = "pt", ["Dutch"] = "nl", ["Russian"] = "ru", ["Chinese"] = "zh", ["Japanese"] = "ja",
        ["Korean"] = "ko", ["Arabic"] = "ar", ["Turkish"] = "tr", ["Polish"] = "pl", ["Swedish"] = "sv",
        ["Indonesian"] = "id", ["Vietnamese"] = "vi", ["Hindi"] = "hi", ["Ukrainian"] = "uk",
    };

    /// <summary>True when <paramref name="root"/> looks like an artlist answer.</summary>
    public static bool Matches(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("articles", out var articles)
        && articles.ValueKind == JsonValueKind.Array;

    public static FileItems Read(JsonElement root)
    {
        var items = new List<RawNewsItem>();
        var index = 0;
        foreach (var article in root.GetProperty("articles").EnumerateArray())
        {
            index++;
            if (article.ValueKind != JsonValueKind.Object)
            {
                items.Add(Rejected($"article {index} is not a JSON object"));
                continue;
            }
            try
            {
                items.Add(ReadArticle(article));
            }
            catch (InvalidOperationException)
            {
                // An escaped lone surrogate in one of its strings (see RawNewsItem.LoneSurrogateError).
                items.Add(Rejected($"article {index}: {RawNewsItem.LoneSurrogateError}"));
            }
        }
        return FileItems.Of(items);
    }

    private static RawNewsItem ReadArticle(JsonElement article)
    {
        var title = Text(article, "title");
        var domain = Text(article, "domain");
        var country = Text(article, "sourcecountry");
        var where = (domain, country) switch
        {
            ({ } d, { } c) => $"{d} ({c})",
            ({ } d, null) => d,
            (null, { } c) => c,
            _ => "an unnamed outlet",
        };
        return new RawNewsItem(
            title,
            title is null ? null : $"Headline listed by GDELT for {where}.",
            SeenDate(Text(article, "seendate")),
            domain,
            Text(article, "url"),
            Text(article, "language") is { } language ? LanguageTags.GetValueOrDefault(language) : null,
            null,
            []);
    }

    // "20250609T101500Z" → ISO 8601; anything else is passed on for the validator to report.
    private static string? SeenDate(string? text) =>
        text is not null && DateTimeOffset.TryParseExact(text, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var seen)
            ? seen.ToString("O", CultureInfo.InvariantCulture)
            : text;

    private static string? Text(JsonElement article, string name) =>
        article.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s.Trim()
            : null;

    private static RawNewsItem Rejected(string error) => new(null, null, null, null, null, null, null, [error]);
}
