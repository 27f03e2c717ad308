using SupplyRisk.Scoring.Engine.Lexicon;
using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>Stores told by how long they will last: "carmakers have six weeks of dysprosium
/// left", "stocks of terbium are down to three weeks", "have only enough magnets for two months",
/// "inventories cover just four weeks". Weeks of a material left, enough of it for a stretch of
/// time, or stocks down to or covering one, are a shortage coming, as "weeks of stock left" is.</summary>
internal sealed partial class EventExtractor
{
    // The shortage that "weeks of stock left" tells: supply-specific, needing nothing around it.
    private readonly EventRule? _storesRunningShort = lexicon.Phrases.FirstOrDefault(
        r => r.Type == "shortage" && r.SupplySpecific && !r.NeedsGoodsAfter && !r.NeedsMaterialBefore);

    private static readonly string[] StretchUnits = ["weeks", "days", "months", "week", "day", "month"];

    private static readonly string[] StoreWords = ["supply", "supplies", "stock", "stocks", "inventory", "inventories"];

    // What stocks "are down to" or "have fallen to": a stretch of time after it is how long they
    // last. The word before "to"; "down" only after a form of "be" ("are down to").
    private static readonly string[] FellTo = ["fell", "fallen", "dropped", "shrank", "shrunk"];

    private static readonly string[] BeForms = ["are", "is", "were", "was", "been"];

    private static readonly string[] Amounts =
        ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a few", "few", "just",
         "only", "about", "around", "roughly", "less than", "under", "barely"];

    private void AddStoresLeft(ReadOnlySpan<char> text, SentenceSpan sentence, in SentenceFacts f, ScoringScratch scratch)
    {
        if ((f.Flags & SentenceFlags.Stores) == 0 || _storesRunningShort is not { } rule || HasCandidateOfType(scratch, "shortage"))
        {
            return;
        }

        var mentions = scratch.Mentions;
        for (var m = f.MentionFrom; m < f.MentionTo; m++)
        {
            var mention = mentions[m];
            int anchor = -1, end = -1, spanStart = mention.Start;
            if (IsMaterial(mention) && EndsWithEnough(text[sentence.Start..mention.Start]))
            {
                // "Only enough magnets for two months", "enough gallium to last six weeks".
                var k = LastOfMaterialList(text, mentions, m, f.MentionTo);
                var stretch = EnoughForStretchEnd(text[mentions[k].End..sentence.End], startsAt: true);
                if (stretch > 0)
                {
                    (anchor, end) = (mentions[k].End, mentions[k].End + stretch);
                }
            }
            else if (IsMaterial(mention) && StretchOfStart(text[sentence.Start..mention.Start]) is var stretchStart and >= 0)
            {
                // "Six weeks of dysprosium left", "weeks of gallium and germanium supply left".
                var k = LastOfMaterialList(text, mentions, m, f.MentionTo);
                var left = LeftEnd(text[mentions[k].End..sentence.End]);
                if (left > 0)
                {
                    (anchor, end) = (mentions[k].End + left - 4, mentions[k].End + left);
                    spanStart = sentence.Start + stretchStart;
                }
            }
            else if (IsStockNoun(mention) && DownToStretch(text[mention.End..sentence.End], out var cue, out var stretchEnd))
            {
                (anchor, end) = (mention.End + cue, mention.End + stretchEnd);
            }
            else if (IsStockNoun(mention) && CoverStretch(text[mention.End..sentence.End], out cue, out stretchEnd))
            {
                (anchor, end) = (mention.End + cue, mention.End + stretchEnd);
            }

            if (anchor >= 0)
            {
                // Anchored where "left" or "down to" stands, as a verb would be, so that a time
                // cue there dates it ("were down to four weeks in October").
                var candidate = EventCandidate.OnMention(mention, rule.Type, rule.Direction, rule.Base, rule.SupplySpecific);
                candidate.Anchor = anchor;
                candidate.SpanStart = spanStart;
                candidate.SpanEnd = end;
                // "Cover only a few weeks", "only a handful of days of terbium left": the amount
                // is what the stores tell, not a flip of them.
                candidate.HoldsNegation = true;
                scratch.Candidates.Add(candidate);
                return;
            }
        }
    }

    /// <summary>The last material of a list that starts at mention <paramref name="m"/>
    /// ("gallium and germanium").</summary>
    private int LastOfMaterialList(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int m, int to)
    {
        var k = m;
        while (k + 1 < to && IsMaterial(mentions[k + 1]) && ClauseText.IsListGap(text[mentions[k].End..mentions[k + 1].Start]))
        {
            k++;
        }

        return k;
    }

    /// <summary>Whether <paramref name="before"/> ends with "enough" and a blank ("have only enough ").</summary>
    private static bool EndsWithEnough(ReadOnlySpan<char> before) =>
        // Asked of every material named: the "h" of "enough" first.
        before.Length > 7 && (before[^2] | 0x20) == 'h' && before[^1] == ' ' && before[^8] == ' '
        && before[^7..^1].Equals("enough", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where " for two months" or " to last six weeks" ends in <paramref name="after"/>,
    /// from its start (<paramref name="startsAt"/>) or after "enough" in it; -1 when it is not there.</summary>
    private static int EnoughForStretchEnd(ReadOnlySpan<char> after, bool startsAt)
    {
        ReadOnlySpan<string> links = [" for ", " to last "];
        foreach (var link in links)
        {
            var at = startsAt ? (after.StartsWith(link, StringComparison.OrdinalIgnoreCase) ? 0 : -1)
                : after.IndexOf(" enough" + link, StringComparison.OrdinalIgnoreCase) is var e and >= 0 ? e + 7 : -1;
            if (at >= 0)
            {
                return StretchAfter(after, Blanks(after, at + link.Length));
            }
        }

        return -1;
    }

    private static readonly string[] CoverWords = ["cover", "covers", "covered", "covering"];

    /// <summary>Whether the stocks, in the rest of their clause, are "only enough for" a stretch
    /// of time or "cover" one ("are only enough for six weeks", "cover just four weeks of output").
    /// <paramref name="cueStart"/> is where "enough" or "cover" starts.</summary>
    private static bool CoverStretch(ReadOnlySpan<char> after, out int cueStart, out int stretchEnd)
    {
        cueStart = stretchEnd = -1;
        var clauseEnd = after.IndexOfAny(',', ';');
        var clause = clauseEnd < 0 ? after : after[..clauseEnd];
        var enough = clause.IndexOf(" enough ", StringComparison.OrdinalIgnoreCase);
        if (enough >= 0 && EnoughForStretchEnd(clause[enough..], startsAt: false) is var end and > 0)
        {
            (cueStart, stretchEnd) = (enough + 1, enough + end);
            return true;
        }

        // " cover" by a vectorised search, as " to " in DownToStretch: the rest of the sentence
        // after every stock noun is read, and few hold the word.
        var from = 0;
        int at;
        while ((at = clause[from..].IndexOf(" cover", StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var word = from + at + 1;
            var wordEnd = word + WordEnd(clause[word..]);
            if (IsAnyWord(clause[word..wordEnd], CoverWords) && StretchAfter(clause, Blanks(clause, wordEnd)) is var stretch and > 0)
            {
                (cueStart, stretchEnd) = (word, stretch);
                return true;
            }

            from = wordEnd;
        }

        return false;
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

    private bool IsStockNoun(Mention mention)
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

    /// <summary>Where the stretch of time starts when <paramref name="before"/> ends with one and
    /// "of" ("have six weeks of ", "only a few days of "): the first of up to three amount words
    /// before the unit, or the unit itself; -1 when it does not end so.</summary>
    private static int StretchOfStart(ReadOnlySpan<char> before)
    {
        var rest = before.TrimEnd(' ');
        if (!rest.EndsWith(" of", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        rest = rest[..^3].TrimEnd(' ');
        var start = rest.LastIndexOf(' ') + 1;
        if (!IsAnyWord(rest[start..], StretchUnits))
        {
            return -1;
        }

        for (var amountWords = 0; amountWords < 3 && start > 1; amountWords++)
        {
            var wordStart = rest[..(start - 1)].LastIndexOf(' ') + 1;
            var word = rest[wordStart..(start - 1)];
            if (word.IsEmpty || !(char.IsAsciiDigit(word[0]) || IsAnyWord(word, Amounts)))
            {
                break;
            }

            start = wordStart;
        }

        return start;
    }

    /// <summary>Whether <paramref name="after"/> (right after the material words) is "left", or a
    /// word of stores and "left": " left", " supply left".</summary>
    private static bool StartsWithLeft(ReadOnlySpan<char> after) => LeftEnd(after) > 0;

    /// <summary>Where the "left" of <see cref="StartsWithLeft"/> ends in <paramref name="after"/>, or -1.</summary>
    private static int LeftEnd(ReadOnlySpan<char> after)
    {
        // Read for every material named: most are followed by a word of another letter.
        var at = Blanks(after, 0);
        if (at == after.Length || (after[at] | 0x20) is not ('l' or 's' or 'i'))
        {
            return -1;
        }

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
    /// makers are down to three weeks", "have fallen to about two months", up to the first comma.
    /// <paramref name="cueStart"/> is where the verb starts, <paramref name="stretchEnd"/> where the
    /// stretch's unit ends.</summary>
    private static bool DownToStretch(ReadOnlySpan<char> after, out int cueStart, out int stretchEnd)
    {
        cueStart = stretchEnd = -1;
        // " to " by an ordinal search (vectorised); the words around it are checked only there.
        var clauseEnd = after.IndexOfAny(',', ';');
        var clause = clauseEnd < 0 ? after : after[..clauseEnd];
        var from = 0;
        int to;
        while ((to = clause[from..].IndexOf(" to ", StringComparison.Ordinal)) >= 0)
        {
            to += from;
            from = to + 4;
            var before = clause[..to];
            var verbStart = before.LastIndexOf(' ') + 1;
            var verb = before[verbStart..];
            int start;
            if (IsAnyWord(verb, FellTo))
            {
                start = verbStart;
            }
            else if (verb.Equals("down", StringComparison.OrdinalIgnoreCase) && verbStart > 0)
            {
                var beStart = before[..(verbStart - 1)].LastIndexOf(' ') + 1;
                if (!IsAnyWord(before[beStart..(verbStart - 1)], BeForms))
                {
                    continue;
                }

                start = beStart;
            }
            else
            {
                continue;
            }

            var end = StretchAfter(clause, from);
            if (end > 0)
            {
                cueStart = start;
                stretchEnd = end;
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a stretch of time that starts at <paramref name="at"/> ends ("three weeks",
    /// "about 4 weeks", "only days"), or -1.</summary>
    private static int StretchAfter(ReadOnlySpan<char> text, int at)
    {
        for (var amountWords = 0; amountWords < 4; amountWords++)
        {
            var end = at + WordEnd(text[at..]);
            if (end == at)
            {
                return -1;
            }

            var word = text[at..end];
            if (IsAnyWord(word, StretchUnits))
            {
                return amountWords > 0 || word[^1] is 's' or 'S' ? end : -1;
            }

            if (!char.IsAsciiDigit(word[0]) && !IsAnyWord(word, Amounts))
            {
                return -1;
            }

            at = Blanks(text, end);
        }

        return -1;
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
