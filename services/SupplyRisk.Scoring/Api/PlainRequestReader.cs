using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SupplyRisk.Scoring.Api;

/// <summary>Reads the common shape of a <c>POST /v1/score</c> body in one pass: a flat JSON
/// object whose names are plain ASCII and whose values are strings or null. That is nearly every
/// news item a client sends, and System.Text.Json reads its body slowly: once a string holds an
/// escape (every line break is one) it validates the rest of the string byte by byte, which took
/// most of the time spent parsing a 3 KB article. This reader accepts a strict subset of JSON and
/// answers "not mine" for everything else (numbers, nested values, \u escapes, escaped names,
/// anything malformed), which then goes through <see cref="System.Text.Json.JsonDocument"/> for
/// the full rules and its error messages.</summary>
internal static class PlainRequestReader
{
    // What ends a run of plain string content: the closing quote, an escape, or a control
    // character (which JSON does not allow raw inside a string).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    /// <summary>The three fields as <see cref="TryRead(ReadOnlySpan{byte}, Fields)"/> decodes
    /// them, as strings.</summary>
    public static bool TryRead(ReadOnlySpan<byte> json, out string? title, out string? body, out string? publishedAt)
    {
        using var fields = new Fields();
        var plain = TryRead(json, fields);
        title = plain && fields.Title.HasValue ? new string(fields.Title.Span) : null;
        body = plain && fields.Body.HasValue ? new string(fields.Body.Span) : null;
        publishedAt = plain ? fields.PublishedAt : null;
        return plain;
    }

    /// <summary>True, with the three fields decoded into <paramref name="fields"/> (absent when
    /// missing or null; a repeated name keeps its last value, as the full reader does), when the
    /// body is in the plain shape; false otherwise. The title and body go into pooled buffers,
    /// which <paramref name="fields"/> gives back when disposed.</summary>
    public static bool TryRead(ReadOnlySpan<byte> json, Fields fields)
    {
        var i = SkipWhitespace(json, 0);
        if (i >= json.Length || json[i] != '{')
        {
            return false;
        }

        i = SkipWhitespace(json, i + 1);
        if (i < json.Length && json[i] == '}')
        {
            return SkipWhitespace(json, i + 1) == json.Length;
        }

        while (true)
        {
            if (!TryReadName(json, ref i, out var name))
            {
                return false;
            }

            i = SkipWhitespace(json, i);
            if (i >= json.Length || json[i] != ':')
            {
                return false;
            }

            i = SkipWhitespace(json, i + 1);
            if (json[i..].StartsWith("null"u8))
            {
                i += 4;
            }
            else if (i < json.Length && json[i] == '"')
            {
                // Other fields (source, url, ...) are checked for form but not decoded.
                if (!TryReadString(json, ref i, decode: name != Field.Other, out var chars, out var length))
                {
                    return false;
                }

                switch (name)
                {
                    case Field.Title: fields.Title.Set(chars!, length); break;
                    case Field.Body: fields.Body.Set(chars!, length); break;
                    case Field.PublishedAt:
                        fields.PublishedAt = new string(chars.AsSpan(0, length));
                        ArrayPool<char>.Shared.Return(chars!);
                        break;
                }
            }
            else
            {
                return false;
            }

            i = SkipWhitespace(json, i);
            if (i >= json.Length)
            {
                return false;
            }

            if (json[i] == '}')
            {
                return SkipWhitespace(json, i + 1) == json.Length;
            }

            if (json[i] != ',')
            {
                return false;
            }

            i = SkipWhitespace(json, i + 1);
        }
    }

    /// <summary>The fields <see cref="TryRead(ReadOnlySpan{byte}, Fields)"/> decodes; dispose to
    /// give the title's and body's buffers back to the pool.</summary>
    internal sealed class Fields : IDisposable
    {
        public PooledChars Title { get; } = new();

        public PooledChars Body { get; } = new();

        public string? PublishedAt { get; set; }

        public void Dispose()
        {
            Title.Dispose();
            Body.Dispose();
        }
    }

    /// <summary>A decoded string in a buffer rented from the shared pool.</summary>
    internal sealed class PooledChars : IDisposable
    {
        private char[]? _chars;
        private int _length;

        public bool HasValue => _chars is not null;

        public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

        /// <summary>Takes <paramref name="chars"/> (rented) in place of the value held so far.</summary>
        public void Set(char[] chars, int length)
        {
            Dispose();
            _chars = chars;
            _length = length;
        }

        public void Dispose()
        {
            if (_chars is { } chars)
            {
                _chars = null;
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    private enum Field
    {
        Other,
        Title,
        Body,
        PublishedAt,
    }

    /// <summary>A name made of printable ASCII without escapes, compared without case as the
    /// full reader does (it lower-cases names invariantly, which for ASCII is the same).</summary>
    private static bool TryReadName(ReadOnlySpan<byte> json, ref int i, out Field name)
    {
        name = Field.Other;
        if (i >= json.Length || json[i] != '"')
        {
            return false;
        }

        var start = i + 1;
        var end = start;
        while (end < json.Length && json[end] != '"')
        {
            if (json[end] is < 0x20 or >= 0x7F or (byte)'\\')
            {
                return false;
            }

            end++;
        }

        if (end >= json.Length)
        {
            return false;
        }

        var text = json[start..end];
        name = Ascii.EqualsIgnoreCase(text, "title"u8) ? Field.Title
            : Ascii.EqualsIgnoreCase(text, "body"u8) ? Field.Body
            : Ascii.EqualsIgnoreCase(text, "publishedAt"u8) ? Field.PublishedAt
            : Field.Other;
        i = end + 1;
        return true;
    }

    /// <summary>A string at <paramref name="i"/> (its opening quote) with the two-character
    /// escapes only; <paramref name="i"/> ends after the closing quote. When decoding, the value
    /// is the first <paramref name="length"/> chars of <paramref name="chars"/>, rented from the
    /// shared pool for the caller to return.</summary>
    private static bool TryReadString(ReadOnlySpan<byte> json, ref int i, bool decode, out char[]? chars, out int length)
    {
        var pos = i + 1;
        char[]? rented = null;
        var decoded = Span<char>.Empty;
        chars = null;
        length = 0;
        try
        {
            while (true)
            {
                var run = json[pos..].IndexOfAny(StringStops);
                if (run < 0)
                {
                    return false;
                }

                if (!decode)
                {
                    if (!Utf8.IsValid(json.Slice(pos, run)))
                    {
                        return false;
                    }
                }
                else
                {
                    if (rented is null)
                    {
                        // UTF-8 never takes fewer bytes than UTF-16 takes chars, so the rest of the
                        // body bounds the string's length.
                        rented = ArrayPool<char>.Shared.Rent(Math.Max(1, json.Length - pos));
                        decoded = rented;
                    }

                    if (Utf8.ToUtf16(json.Slice(pos, run), decoded[length..], out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
                    {
                        return false;
                    }

                    length += written;
                }

                pos += run;
                var stop = json[pos];
                if (stop == '"')
                {
                    // The buffer is the caller's now.
                    chars = rented;
                    rented = null;
                    i = pos + 1;
                    return true;
                }

                if (stop != '\\' || pos + 1 >= json.Length)
                {
                    return false; // a raw control character, or a backslash at the very end
                }

                char unescaped;
                switch (json[pos + 1])
                {
                    case (byte)'"': unescaped = '"'; break;
                    case (byte)'\\': unescaped = '\\'; break;
                    case (byte)'/': unescaped = '/'; break;
                    case (byte)'b': unescaped = '\b'; break;
                    case (byte)'f': unescaped = '\f'; break;
                    case (byte)'n': unescaped = '\n'; break;
                    case (byte)'r': unescaped = '\r'; break;
                    case (byte)'t': unescaped = '\t'; break;
                    default: return false; // \u (surrogates to check) and invalid escapes
                }

                if (decode)
                {
                    decoded[length++] = unescaped;
                }

                pos += 2;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> json, int i)
    {
        while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            i++;
        }

        return i;
    }
}
