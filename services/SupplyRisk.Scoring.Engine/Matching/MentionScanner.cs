using SupplyRisk.Scoring.Engine.Lexicon;

namespace SupplyRisk.Scoring.Engine.Matching;

/// <summary>Finds mentions: one pass over the phrase trie, then case checks for forms such as "US" and
/// "May", then leftmost-longest overlap resolution so "rare earth magnets" wins over
/// "magnets" and "supply chains" absorbs "supply".</summary>
internal sealed class MentionScanner(ScoringLexicon lexicon)
{
    private static readonly Comparison<RawMatch> ByStartThenLongest = static (a, b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    /// <summary>The raw pass alone (what the scan-only benchmark measures).</summary>
    internal void ScanRaw(ReadOnlySpan<char> text, GrowBuffer<RawMatch> raw)
    {
        raw.Clear();
        lexicon.Trie.Scan(text, raw);
    }

    internal void Scan(ReadOnlySpan<char> text, GrowBuffer<RawMatch> raw, GrowBuffer<Mention> mentions)
    {
        ScanRaw(text, raw);
        mentions.Clear();
        var span = raw.AsSpan();
        span.Sort(ByStartThenLongest);
        var lastEnd = 0;
        foreach (var m in span)
        {
            if (m.Start < lastEnd)
            {
                continue;
            }

            var mask = CaseMask(text, m);
            if (mask == 0)
            {
                continue;
            }

            mentions.Add(new Mention(m.Start, m.End, m.Slot, mask));
            lastEnd = m.End;
        }
    }

    private uint CaseMask(ReadOnlySpan<char> text, RawMatch m)
    {
        var payloads = lexicon.Slots[m.Slot];
        uint mask = 0;
        for (var i = 0; i < payloads.Length; i++)
        {
            var exact = payloads[i].ExactForm;
            if (exact is null || MatchesExactly(text[m.Start..m.End], exact))
            {
                mask |= 1u << i;
            }
        }

        return mask;
    }

    private static bool MatchesExactly(ReadOnlySpan<char> found, string form)
    {
        if (found.Length != form.Length)
        {
            return false;
        }

        for (var i = 0; i < found.Length; i++)
        {
            if (char.IsAsciiLetter(form[i]) ? found[i] != form[i] : CharClasses.Classify(found[i]) != CharClasses.Classify(form[i]))
            {
                return false;
            }
        }

        return true;
    }
}
