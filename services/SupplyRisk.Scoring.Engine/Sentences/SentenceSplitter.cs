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

    private static readonly string[] Abbreviations =
    [
        "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "ltd", "co", "plc", "llc", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "e.g", "i.e", "no",
        "gov", "sen", "rep", "gen", "lt", "col", "jr", "sr", "approx", "est", "dept", "fig", "p.m", "a.m", "mt", "ft",
    ];

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

        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
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
