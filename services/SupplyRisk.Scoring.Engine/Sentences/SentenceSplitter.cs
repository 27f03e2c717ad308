using System.Buffers;
using SupplyRisk.Scoring.Engine.Matching;

namespace SupplyRisk.Scoring.Engine.Sentences;

/// <summary>Splits text into sentences without allocating: every line break ends a sentence
/// (titles, captions and promo lines are lines of their own); '.', '!' and '?' end one when
/// followed by a space and not by a lower-case word, unless the word before is a known
/// abbreviation ("U.S.", "Jan.", "Inc.") or an initial. Decimals ("2.5") never split because
/// no space follows the point.</summary>
internal static class SentenceSplitter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?\n");

    /// <summary>The longest abbreviation <see cref="IsAbbreviation"/> knows ("approx").</summary>
    private const int LongestAbbreviation = 6;

    internal static void Split(ReadOnlySpan<char> text, GrowBuffer<SentenceSpan> sentences)
    {
        sentences.Clear();
        var line = 0;
        var start = 0;
        var pos = 0;
        while (pos < text.Length)
        {
            var hit = text[pos..].IndexOfAny(Terminators);
            if (hit < 0)
            {
                break;
            }

            var i = pos + hit;
            if (text[i] == '\n')
            {
                AddTrimmed(text, start, i, line, sentences);
                line++;
                start = i + 1;
                pos = i + 1;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
            {
                end++;
            }

            if (IsSentenceEnd(text, i, end))
            {
                AddTrimmed(text, start, end, line, sentences);
                start = end;
            }

            pos = end;
        }

        AddTrimmed(text, start, text.Length, line, sentences);
    }

    private static bool IsSentenceEnd(ReadOnlySpan<char> text, int mark, int end)
    {
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next < text.Length && char.IsLower(text[next]))
        {
            return false;
        }

        if (text[mark] != '.')
        {
            return true;
        }

        var wordStart = mark;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..mark];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return !IsAbbreviation(word);
    }

    /// <summary>Whether the word before a point is a known abbreviation ("U.S", "Jan", "Inc"),
    /// in any case. Lower-cased into a small buffer and matched by a switch: a loop of
    /// case-insensitive compares over the list ran at every full stop.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > LongestAbbreviation)
        {
            return false;
        }

        Span<char> lower = stackalloc char[LongestAbbreviation];
        var folded = lower[..word.ToLowerInvariant(lower)];
        return folded is "u.s" or "u.k" or "u.n" or "e.u" or "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep"
            or "sept" or "oct" or "nov" or "dec" or "inc" or "corp" or "ltd" or "co" or "plc" or "llc" or "mr" or "mrs" or "ms"
            or "dr" or "prof" or "st" or "vs" or "e.g" or "i.e" or "no" or "gov" or "sen" or "rep" or "gen" or "lt" or "col"
            or "jr" or "sr" or "approx" or "est" or "dept" or "fig" or "p.m" or "a.m" or "mt" or "ft";
    }

    private static void AddTrimmed(ReadOnlySpan<char> text, int start, int end, int line, GrowBuffer<SentenceSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new SentenceSpan(start, end, line));
        }
    }
}
