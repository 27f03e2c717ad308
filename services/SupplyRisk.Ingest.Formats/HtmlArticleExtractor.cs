using System.Globalization;
using SmartReader;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Formats;

/// <summary>The main text of a saved web page, by SmartReader (a port of Mozilla's Readability):
/// navigation, scripts, sidebars, share bars and other boilerplate removed, paragraphs kept.
/// Title, byline-free body, publication date, site name and language come from the page when it
/// states them.</summary>
internal static class HtmlArticleExtractor
{
    // SmartReader needs an address to resolve relative links; a saved file has none.
    private const string PlaceholderUri = "https://page.invalid/";

    public static FileItems Extract(string html, string? url = null)
    {
        Article article;
        try
        {
            // The constructor that takes the text parses it; the static ParseArticle(uri, …)
            // overloads would download the address instead.
            article = new Reader(url ?? PlaceholderUri, html).GetArticle();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or FormatException)
        {
            return FileItems.Failed($"the HTML page could not be read: {e.Message}");
        }
        if (article.Errors.Count > 0 && !article.IsReadable)
        {
            return FileItems.Failed("no article text found in the HTML page");
        }
        var body = article.IsReadable && article.Content is { Length: > 0 } content ? HtmlText.ToText(content) : "";
        if (body.Length == 0)
        {
            return FileItems.Failed("no article text found in the HTML page");
        }
        var item = new RawNewsItem(
            article.Title is { Length: > 0 } title ? title.Trim() : null,
            body,
            article.PublicationDate is { } date
                ? new DateTimeOffset(DateTime.SpecifyKind(date, date.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : date.Kind)).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)
                : null,
            article.SiteName is { Length: > 0 } site ? site.Trim() : null,
            url,
            LanguageTag(article.Language),
            null,
            []);
        return FileItems.Of([item]);
    }

    // "en-GB", "en_US" or "en"; anything else is dropped rather than rejected.
    private static string? LanguageTag(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }
        var tag = language.Trim().Replace('_', '-');
        return tag.Length <= 16 && tag.All(c => char.IsAsciiLetter(c) || c == '-') ? tag : null;
    }
}
