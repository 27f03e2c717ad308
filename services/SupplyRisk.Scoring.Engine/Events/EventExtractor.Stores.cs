using SupplyRisk.Scoring.Engine.Lexicon;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>Stores told by how long they will last: "carmakers have six weeks of dysprosium
/// left", "stocks of terbium are down to three weeks". Weeks of a material left, or stocks down
/// to a stretch of time, are a shortage coming, as "weeks of stock left" is.</summary>
internal sealed partial class EventExtractor
{
    // The shortage that "weeks of stock left" tells: supply-specific, needing nothing around it.
    private readonly EventRule? _storesRunningShort = lexicon.Phrases.FirstOrDefault(
        r => r.Type == "shortage" && r.SupplySpecific && !r.NeedsGoodsAfter && !r.NeedsMaterialBefore);

    private static readonly string[] StretchUnits = ["weeks", "days", "months", "week", "day", "month"];

    private static readonly string[] StoreWords = ["supply", "supplies", "stock", "stocks", "inventory", "inventories"];

    // What stocks "are down to" or "have fallen to": a stretch of time after it is how long they last.
    private static readonly string[] DownTo =
        [" are down to ", " is down to ", " were down to ", " was down to ", " fell to ", " have fallen to ", " has fallen to ",
         " had fallen to ", " dropped to ", " have dropped to ", " has dropped to ", " shrank to ", " have shrunk to "];

    private static readonly string[] Amounts =
        ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a few", "few", "just",
         "only", "about", "around", "roughly", "less than", "under", "barely"];

    private void AddStoresLeft(ReadOnlySpan<char> text, SentenceSpan sentence, in SentenceFacts f, ScoringScratch scratch)
    {
        if (_storesRunningShort is not { } rule || HasCandidateOfType(scratch, "shortage"))
        {
            return;
        }

        var mentions = scratch.Mentions;
        for (var m = f.MentionFrom; m < f.MentionTo; m++)
        {
            var mention = mentions[m];
            int anchor = -1, end = -1;
            if (IsMaterial(mention) && EndsWithStretchOf(text[sentence.Start..mention.Start]))
            {
                // "Six weeks of dysprosium left", "weeks of gallium and germanium supply left".
                var k = m;
                while (k + 1 < f.MentionTo && IsMaterial(mentions[k + 1]) && ClauseText.IsListGap(text[mentions[k].End..mentions[k + 1].Start]))
                {
                    k++;
                }

                var left = LeftEnd(text[mentions[k].End..sentence.End]);
                if (left > 0)
                {
                    (anchor, end) = (mentions[k].End + left - 4, mentions[k].End + left);
                }
            }
            else if (IsStockNoun(mention) && DownToStretch(text[mention.End..sentence.End], out var cue, out var stretchEnd))
            {
                (anchor, end) = (mention.End + cue, mention.End + stretchEnd);
            }

            if (anchor >= 0)
            {
                // Anchored where "left" or "down to" stands, as a verb would be, so that a time
                // cue there dates it ("were down to four weeks in October").
                var candidate = EventCandidate.OnMention(mention, rule.Type, rule.Direction, rule.Base, rule.SupplySpecific);
                candidate.Anchor = anchor;
                candidate.SpanEnd = end;
                scratch.Candidates.Add(candidate);
                return;
            }
        }
    }

    private static bool HasCandidateOfType(ScoringScratch scratch, string type)
    {
        foreach (var candidate in scratch.Candidates.AsSpan())
        {
            if (candidate.Type == type)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsStockNoun(Matching.Mention mention)
    {
        var payloads = lexicon.Slots[mention.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if ((mention.PayloadMask & (1u << p)) != 0 && payloads[p].Kind == MentionKind.Noun
                && lexicon.NounGroups[payloads[p].Id].Class == NounClass.Stock)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="before"/> ends with a stretch of time and "of": "have six
    /// weeks of ", "only days of ".</summary>
    private static bool EndsWithStretchOf(ReadOnlySpan<char> before)
    {
        var rest = before.TrimEnd(' ');
        if (!rest.EndsWith(" of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        rest = rest[..^3].TrimEnd(' ');
        var space = rest.LastIndexOf(' ');
        return IsAnyWord(rest[(space + 1)..], StretchUnits);
    }

    /// <summary>Whether <paramref name="after"/> (right after the material words) is "left", or a
    /// word of stores and "left": " left", " supply left".</summary>
    private static bool StartsWithLeft(ReadOnlySpan<char> after) => LeftEnd(after) > 0;

    /// <summary>Where the "left" of <see cref="StartsWithLeft"/> ends in <paramref name="after"/>, or -1.</summary>
    private static int LeftEnd(ReadOnlySpan<char> after)
    {
        var at = Blanks(after, 0);
        var end = at + WordEnd(after[at..]);
        if (IsAnyWord(after[at..end], StoreWords))
        {
            at = Blanks(after, end);
            end = at + WordEnd(after[at..]);
        }

        return after[at..end].Equals("left", StringComparison.OrdinalIgnoreCase) ? end : -1;
    }

    private static int Blanks(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>Whether <paramref name="after"/> (the rest of the sentence after a stock noun)
    /// says, in the same clause, that the stocks are down to a stretch of time: "at Japanese magnet
    /// makers are down to three weeks", "have fallen to about two months". The first of the cues
    /// found decides; <paramref name="cueStart"/> is where it starts, <paramref name="stretchEnd"/>
    /// where the stretch's unit ends.</summary>
    private static bool DownToStretch(ReadOnlySpan<char> after, out int cueStart, out int stretchEnd)
    {
        foreach (var cue in DownTo)
        {
            cueStart = after.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (cueStart < 0 || after[..cueStart].IndexOfAny(",;") >= 0)
            {
                continue;
            }

            var at = cueStart + cue.Length;
            var amountWords = 0;
            while (amountWords < 3)
            {
                var end = at + WordEnd(after[at..]);
                if (end == at)
                {
                    break;
                }

                var word = after[at..end];
                if (IsAnyWord(word, StretchUnits))
                {
                    stretchEnd = end;
                    return amountWords > 0;
                }

                if (!char.IsAsciiDigit(word[0]) && !IsAnyWord(word, Amounts))
                {
                    break;
                }

                amountWords++;
                at = Blanks(after, end);
            }

            break;
        }

        cueStart = stretchEnd = -1;
        return false;
    }

    private static int WordEnd(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsAnyWord(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
