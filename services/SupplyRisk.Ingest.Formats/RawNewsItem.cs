using System.Globalization;
using System.Text.Json;

namespace SupplyRisk.Ingest.News;

/// <summary>A news item's fields as the client sent them, before validation. Type errors
/// found while reading JSON are kept so they can be reported with the other problems.</summary>
internal sealed record RawNewsItem(
    string? Title,
    string? Body,
    string? PublishedAt,
    string? Source,
    string? Url,
    string? Language,
    string? Id,
    IReadOnlyList<string> TypeErrors)
{
    private static readonly string[] StringFields = ["title", "body", "publishedAt", "source", "url", "language"];

    /// <summary>What an item is told when one of its strings (or property names) escapes half of
    /// a UTF-16 surrogate pair, such as <c>"\ud800"</c>: valid JSON syntax, but no text. (It
    /// starts like the other whole-item errors, so the validator adds no "'title' is required".)</summary>
    public const string LoneSurrogateError =
        "an item may not hold an escaped lone UTF-16 surrogate (such as \\ud800) in a string: that is not valid text";

    /// <summary>Reads one JSON value; anything but an object is a single error.</summary>
    public static RawNewsItem FromJson(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new RawNewsItem(null, null, null, null, null, null, null,
                [$"an item must be a JSON object, not {Describe(element.ValueKind)}"]);
        }
        try
        {
            return ReadObject(element);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json unescapes strings lazily and throws this (not a JsonException)
            // when an escape names a lone surrogate; the kinds are checked before every read.
            return new RawNewsItem(null, null, null, null, null, null, null, [LoneSurrogateError]);
        }
    }

    private static RawNewsItem ReadObject(JsonElement element)
    {
        var errors = new List<string>();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in StringFields)
        {
            if (TryGetProperty(element, name, out var value))
            {
                if (value.ValueKind == JsonValueKind.String)
                {
                    values[name] = value.GetString();
                }
                else if (value.ValueKind != JsonValueKind.Null)
                {
                    errors.Add($"'{name}' must be a string, not {Describe(value.ValueKind)}");
                }
            }
        }
        string? id = null;
        if (TryGetProperty(element, "id", out var idValue))
        {
            id = idValue.ValueKind switch
            {
                JsonValueKind.String => idValue.GetString(),
                JsonValueKind.Number => idValue.GetRawText(),
                JsonValueKind.Null => null,
                _ => AddError(errors, $"'id' must be a string or a number, not {Describe(idValue.ValueKind)}"),
            };
        }
        return new RawNewsItem(values.GetValueOrDefault("title"), values.GetValueOrDefault("body"),
            values.GetValueOrDefault("publishedAt"), values.GetValueOrDefault("source"),
            values.GetValueOrDefault("url"), values.GetValueOrDefault("language"), id, errors);
    }

    // Property names are matched case-insensitively: "publishedat" and "PublishedAt" both work.
    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var p in element.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = p.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string? AddError(List<string> errors, string error)
    {
        errors.Add(error);
        return null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
