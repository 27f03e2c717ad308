using System.Globalization;
using System.Text.Json;

namespace SupplyRisk.Scoring.Api;

/// <summary>The JSON body of <c>POST /v1/score</c>: the news-item shape (title, body,
/// publishedAt; other fields are accepted and ignored).</summary>
public sealed record ScoreRequest(string? Title, string Body, string? PublishedAt)
{
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxFutureSkew = TimeSpan.FromDays(1);

    /// <summary>The news text to score, or why the body is refused. Dispose the input when scored.</summary>
    internal static (ScoreInput? News, string? Error) Parse(ReadOnlyMemory<byte> json, DateTimeOffset now)
    {
        using var fields = new PlainRequestReader.Fields();
        return PlainRequestReader.TryRead(json.Span, fields)
            ? Check(fields.Title.Span, fields.Body.Span, fields.PublishedAt, now)
            : ParseAnyJson(json, now);
    }

    /// <summary>The full JSON rules, for any body <see cref="PlainRequestReader"/> does not take.</summary>
    internal static (ScoreInput? News, string? Error) ParseAnyJson(ReadOnlyMemory<byte> json, DateTimeOffset now)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return (null, $"The request body is not valid JSON: {e.Message}");
        }
        using (doc)
        {
            try
            {
                return Read(doc.RootElement, now);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json unescapes strings lazily and throws this (not a JsonException)
                // when an escape names half of a surrogate pair; the kinds are checked before every read.
                return (null, "A string in the body holds an escaped lone UTF-16 surrogate (such as \\ud800), which is not valid text.");
            }
        }
    }

    private static (ScoreInput? News, string? Error) Read(JsonElement root, DateTimeOffset now)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "The body must be a JSON object with at least 'body'.");
        }
        string? title = null, body = null, published = null;
        foreach (var p in root.EnumerateObject())
        {
            var name = p.Name.ToLowerInvariant();
            if (name is not ("title" or "body" or "publishedat") || p.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            if (p.Value.ValueKind != JsonValueKind.String)
            {
                return (null, $"'{p.Name}' must be a string.");
            }
            switch (name)
            {
                case "title": title = p.Value.GetString(); break;
                case "body": body = p.Value.GetString(); break;
                default: published = p.Value.GetString(); break;
            }
        }
        return Check(title, body, published, now);
    }

    private static (ScoreInput? News, string? Error) Check(ReadOnlySpan<char> title, ReadOnlySpan<char> body, string? published, DateTimeOffset now)
    {
        if (body.IsWhiteSpace() && title.IsWhiteSpace())
        {
            return (null, "'body' is required and must not be empty.");
        }
        var publishedAt = now;
        if (!string.IsNullOrWhiteSpace(published)
            && !DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out publishedAt))
        {
            return (null, $"'publishedAt' is not an ISO 8601 date: '{published}'.");
        }
        // The bounds POST /v1/news applies: news is not dated before 1900 nor (beyond clock skew)
        // after now.
        if (publishedAt < Earliest)
        {
            return (null, $"'publishedAt' {publishedAt:O} is before {Earliest:yyyy}.");
        }
        if (publishedAt > now + MaxFutureSkew)
        {
            return (null, $"'publishedAt' {publishedAt:O} lies in the future.");
        }
        return (ScoreInput.Join(title.Trim(), body, publishedAt), null);
    }
}
