using System.Runtime.CompilerServices;
using SupplyRisk.Scoring.Engine.Lexicon;

namespace SupplyRisk.Scoring.Engine.Matching;

/// <summary>Finds mentions: one pass over the phrase trie, then case checks for forms such as "US" and
/// "May", then leftmost-longest overlap resolution so "rare earth magnets" wins over
/// "magnets" and "supply chains" absorbs "supply".</summary>
internal sealed class MentionScanner(ScoringLexicon lexicon)
{
    /// <summary>The raw pass alone (what the scan-only benchmark measures).</summary>
    internal void ScanRaw(ReadOnlySpan<char> text, GrowBuffer<RawMatch> raw)
    {
        raw.Clear();
        lexicon.Trie.Scan(text, raw);
    }

    // Compiled on its own: inlined into a caller, the trie walk and the character classes it
    // inlines went past the JIT's budget for that caller and stayed calls (4-5 % of a score).
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Scan(ReadOnlySpan<char> text, GrowBuffer<RawMatch> raw, GrowBuffer<Mention> mentions)
    {
        ScanRaw(text, raw);
        mentions.Clear();
        // The trie reports matches by start offset, and for one start shortest first, so
        // leftmost-longest needs no sort: walk each start's group from its longest match down.
        var span = raw.AsSpan();
        var lastEnd = 0;
        var group = 0;
        while (group < span.Length)
        {
            var start = span[group].Start;
            var next = group + 1;
            while (next < span.Length && span[next].Start == start)
            {
                next++;
            }

            if (start >= lastEnd)
            {
                for (var k = next - 1; k >= group; k--)
                {
                    var mask = CaseMask(text, span[k]);
                    if (mask != 0)
                    {
                        mentions.Add(new Mention(start, span[k].End, span[k].Slot, mask, lexicon.Traits.Of(span[k].Slot, mask)));
                        lastEnd = span[k].End;
                        break;
                    }
                }
            }

            group = next;
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
