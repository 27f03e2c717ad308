using System.Globalization;
using Microsoft.Extensions.Options;

namespace SupplyRisk.Ingest.News;

/// <summary>Turns a raw item into a normalised candidate, or says everything that is wrong
/// with it (all problems at once, so a client fixes them in one go).</summary>
internal sealed class NewsItemValidator(TimeProvider clock, IOptions<IngestOptions> options)
{
    public const int MaxTitleLength = 1_000;
    public const int MaxBodyLength = 500_000;
    public const int MaxShortFieldLength = 200;
    public const int MaxUrlLength = 2_000;
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public (NewsCandidate? Candidate, IReadOnlyList<string> Errors) Validate(RawNewsItem raw)
    {
        var errors = new List<string>(raw.TypeErrors);
        var now = clock.GetUtcNow();

        var title = raw.Title is null ? null : TextNormalizer.NormalizeLine(raw.Title);
        if (raw.Title is null && !raw.TypeErrors.Any(e => e.StartsWith("'title'", StringComparison.Ordinal) || e.StartsWith("an item", StringComparison.Ordinal)))
        {
            errors.Add("'title' is required");
        }
        else if (title is { Length: 0 })
        {
            errors.Add("'title' is empty");
        }
        else if (title?.Length > MaxTitleLength)
        {
            errors.Add($"'title' is longer than {MaxTitleLength} characters");
        }

        var body = raw.Body is null ? null : TextNormalizer.NormalizeBody(raw.Body, title ?? "");
        if (raw.Body is null && !raw.TypeErrors.Any(e => e.StartsWith("'body'", StringComparison.Ordinal) || e.StartsWith("an item", StringComparison.Ordinal)))
        {
            errors.Add("'body' is required");
        }
        else if (body is { Length: 0 })
        {
            errors.Add("'body' is empty");
        }
        else if (body?.Length > MaxBodyLength)
        {
            errors.Add($"'body' is longer than {MaxBodyLength} characters");
        }

        var publishedAt = now;
        if (!string.IsNullOrWhiteSpace(raw.PublishedAt))
        {
            if (!TryParseDate(raw.PublishedAt.Trim(), out publishedAt))
            {
                errors.Add($"'publishedAt' is not an ISO 8601 date: '{Truncate(raw.PublishedAt)}'");
            }
            else if (publishedAt > now.AddMinutes(options.Value.MaxFutureSkewMinutes))
            {
                errors.Add($"'publishedAt' {publishedAt:O} lies in the future");
            }
            else if (publishedAt < Earliest)
            {
                errors.Add($"'publishedAt' {publishedAt:O} is before {Earliest:yyyy}");
            }
        }

        var source = Optional(raw.Source, "source", MaxShortFieldLength, errors);
        var language = Optional(raw.Language, "language", 16, errors);
        if (language is not null && !language.All(c => char.IsAsciiLetter(c) || c == '-'))
        {
            errors.Add("'language' must be a language tag such as 'en' or 'en-GB'");
        }
        var clientId = Optional(raw.Id, "id", MaxShortFieldLength, errors);
        var url = Optional(raw.Url, "url", MaxUrlLength, errors);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add($"'url' must be an absolute http(s) URL: '{Truncate(url)}'");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new NewsCandidate(title!, body!, publishedAt.ToUniversalTime(), source, url, language?.ToLowerInvariant(), clientId), errors);
    }

    private static bool TryParseDate(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text,
            ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
             "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    private static string? Optional(string? value, string name, int maxLength, List<string> errors)
    {
        if (value is null)
        {
            return null;
        }
        var normalized = TextNormalizer.NormalizeLine(value);
        if (normalized.Length == 0)
        {
            return null;
        }
        if (normalized.Length > maxLength)
        {
            errors.Add($"'{name}' is longer than {maxLength} characters");
        }
        return normalized;
    }

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
