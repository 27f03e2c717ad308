using System.Buffers;
using System.Text;

namespace SupplyRisk.Ingest.News;

/// <summary>Cleans scraped text: Unicode NFC, no control characters, white space folded within
/// lines, at most one blank line between paragraphs, a line repeated (a title or a photo caption
/// scraped twice, equal but for case, quote style and spacing) kept only the first time, and the
/// page furniture that <see cref="BoilerplateFilter"/> recognises dropped.</summary>
internal static class TextNormalizer
{
    public static string NormalizeLine(string text) => FoldSpaces(Clean(text).Replace('\n', ' ')).Trim();

    /// <summary>Normalises a body; lines equal to <paramref name="title"/> are dropped because
    /// the title is stored on its own.</summary>
    public static string NormalizeBody(string body, string title)
    {
        var cleaned = Clean(body);
        var lines = cleaned.Split('\n');
        var titleKey = FoldKey(title);
        var seen = new HashSet<string>(StringComparer.Ordinal) { titleKey };
        // The result is never longer than the cleaned text: lines only shrink, and a blank line
        // between two kept lines stands for at least one empty line of the input. Most bodies
        // come out as they went in, so the result is built in a pooled buffer and the input
        // itself is returned when the two are equal (ingest allocated two copies of every body
        // here, a fifth of what it allocated per item).
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, cleaned.Length));
        try
        {
            var length = 0;
            var blankPending = false;
            foreach (var raw in lines)
            {
                var line = FoldSpaces(raw).Trim();
                if (line.Length == 0)
                {
                    blankPending = length > 0;
                    continue;
                }
                var key = FoldKey(line);
                if (!seen.Add(key) || BoilerplateFilter.IsBoilerplate(line, key, titleKey))
                {
                    continue;
                }
                if (length > 0)
                {
                    buffer[length++] = '\n';
                    if (blankPending)
                    {
                        buffer[length++] = '\n';
                    }
                }
                blankPending = false;
                line.CopyTo(buffer.AsSpan(length));
                length += line.Length;
            }
            var result = buffer.AsSpan(0, length);
            return result.SequenceEqual(cleaned) ? cleaned : new string(result);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The comparison key of a line: lower case, typographic quotes and dashes as their
    /// ASCII forms, white space folded. Two lines with one key say the same thing.</summary>
    public static string FoldKey(string line)
    {
        // Most lines are ASCII, their spaces already single (FoldSpaces ran first) and no
        // backtick in them: then the key is the line lower-cased, done a vector at a time.
        // This runs for every line of every item.
        if (Ascii.IsValid(line)
            && line.AsSpan().IndexOfAny(AsciiFoldedChars) < 0
            && !line.Contains("  ", StringComparison.Ordinal)
            && (line.Length == 0 || (line[0] != ' ' && line[^1] != ' ')))
        {
            return string.Create(line.Length, line, static (key, text) => Ascii.ToLower(text, key, out _));
        }
        return FoldKeyOneByOne(line);
    }

    // The ASCII characters FoldKey changes other than by case: white space other than the
    // space, and the backtick (a quote).
    private static readonly SearchValues<char> AsciiFoldedChars = SearchValues.Create(
        Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c != ' ' && (char.IsWhiteSpace(c) || c == '`')).ToArray());

    /// <summary><see cref="FoldKey"/> for any text, a character at a time.</summary>
    internal static string FoldKeyOneByOne(string line)
    {
        var buffer = ArrayPool<char>.Shared.Rent(line.Length);
        try
        {
            var length = 0;
            var space = false;
            foreach (var ch in line)
            {
                if (char.IsWhiteSpace(ch))
                {
                    space = length > 0;
                    continue;
                }
                if (space)
                {
                    buffer[length++] = ' ';
                    space = false;
                }
                buffer[length++] = ch switch
                {
                    '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
                    '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                    '\u2013' or '\u2014' or '\u2212' => '-',
                    _ => char.ToLowerInvariant(ch),
                };
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // What Clean changes: control characters (newline aside), line and paragraph separators,
    // zero-width marks. Most text has none, and is returned as it is.
    private static readonly SearchValues<char> NeedsCleaning = SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => c != '\n' && (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200B' or '\uFEFF'))
            .ToArray());

    // White space that FoldSpaces changes other than a plain space.
    private static readonly SearchValues<char> OtherWhiteSpace = SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());

    private static string Clean(string text)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (!normalized.AsSpan().ContainsAny(NeedsCleaning))
        {
            return normalized;
        }
        var sb = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '\r')
            {
                if (i + 1 < normalized.Length && normalized[i + 1] == '\n')
                {
                    continue;
                }
                sb.Append('\n');
            }
            else if (c is '\n')
            {
                sb.Append('\n');
            }
            else if (c is '\u2028' or '\u2029')
            {
                sb.Append('\n');
            }
            else if (char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                // Tabs become spaces; other control characters and zero-width marks go.
                if (c == '\t')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static string FoldSpaces(string line)
    {
        // Already folded: single plain spaces between words, none at either end.
        if (line.Length == 0
            || (line[0] != ' ' && line[^1] != ' ' && !line.AsSpan().ContainsAny(OtherWhiteSpace) && !line.Contains("  ", StringComparison.Ordinal)))
        {
            return line;
        }
        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
