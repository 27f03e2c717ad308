using System.Globalization;
using System.Text.Json;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Api;

/// <summary>The JSON body of <c>POST /v1/score</c>: the news-item shape (title, body,
/// publishedAt; other fields are accepted and ignored).</summary>
public sealed record ScoreRequest(string? Title, string Body, string? PublishedAt)
{
    internal static (NewsText? News, string? Error) Parse(ReadOnlyMemory<byte> json, DateTimeOffset now)
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
            var root = doc.RootElement;
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
            if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(title))
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
            return (new NewsText(title?.Trim() ?? "", body ?? "", publishedAt), null);
        }
    }
}
