using System.Globalization;
using System.Xml;
using CodeHollow.FeedReader;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Formats;

/// <summary>Reads RSS (0.91–2.0, 1.0), Atom 1.0 and JSON Feed documents with CodeHollow's
/// FeedReader and turns each entry into a raw news item: the entry's title, its content (or
/// summary) as plain text, its publication date, its link resolved against the feed's address,
/// and the feed's title as the source (unless the caller names one).</summary>
internal static class FeedParser
{
    public static FileItems Parse(string text, Uri? feedUri = null, string? source = null)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'));
        }
        catch (Exception e) when (e is XmlException or System.Text.Json.JsonException or FormatException
            or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException or InvalidOperationException or ArgumentException or NullReferenceException)
        {
            // The library throws its own type for an unknown format and the parser's for broken
            // syntax (and, for some broken documents, less specific ones): all mean "not a feed".
            return FileItems.Failed($"not a valid RSS, Atom or JSON feed: {FirstLine(e.Message)}");
        }
        var feedSource = source ?? Clean(feed.Title);
        var language = feed.Language is { Length: > 0 } lang ? lang.Trim() : null;
        var items = feed.Items.Select(entry => ToRawItem(entry, feedUri, feedSource, language)).ToList();
        return FileItems.Of(items);
    }

    private static RawNewsItem ToRawItem(FeedItem entry, Uri? feedUri, string? source, string? language)
    {
        var body = HtmlText.ToText(entry.Content is { Length: > 0 } content ? content : entry.Description ?? "");
        return new RawNewsItem(
            Clean(entry.Title),
            body,
            PublishedAt(entry),
            source,
            Link(entry.Link, feedUri),
            language,
            null,
            []);
    }

    /// <summary>The entry's date as ISO 8601 (RFC 822 dates of RSS included); the raw text when
    /// it cannot be read, so the validator reports it.</summary>
    private static string? PublishedAt(FeedItem entry)
    {
        var raw = entry.PublishingDateString?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return entry.PublishingDate is { } d ? AsUtc(d).ToString("O", CultureInfo.InvariantCulture) : null;
        }
        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        }
        return entry.PublishingDate is { } date ? AsUtc(date).ToString("O", CultureInfo.InvariantCulture) : raw;
    }

    private static DateTimeOffset AsUtc(DateTime d) => d.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(d).ToUniversalTime(),
        _ => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
    };

    private static string? Link(string? link, Uri? feedUri)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }
        link = link.Trim();
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }
        return feedUri is not null && Uri.TryCreate(feedUri, link, out var resolved) ? resolved.ToString() : link;
    }

    private static string? Clean(string? text) => text is null ? null : HtmlText.ToText(text).ReplaceLineEndings(" ").Trim();

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
