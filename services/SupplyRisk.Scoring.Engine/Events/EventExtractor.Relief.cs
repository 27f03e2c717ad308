using SupplyRisk.Scoring.Engine.Lexicon;
using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>Relief and its end: pauses and suspensions of controls, waivers and the stops a
/// relief verb ends, found around a verb and the noun it took.</summary>
internal sealed partial class EventExtractor
{
    /// <summary>"Ended the suspension of its ban", "lifted the pause on its controls": a
    /// suspension or pause between an easing verb and its noun is what the verb acts on.</summary>
    private bool SuspensionBetween(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int n)
    {
        for (var k = v + 1; k < n; k++)
        {
            if (IsSuspensionWord(text, mentions, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The pause on gallium export controls ended": before its verb, a control noun that
    /// a suspension or pause is "on" or "of" is not what the verb acts on; the pause is.</summary>
    private bool SuspensionGoverns(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from) =>
        GoverningSuspension(text, mentions, n, from) >= 0;

    /// <summary>The mention of the suspension or pause that the control noun at
    /// <paramref name="n"/> is "on" or "of", or that follows it in a compound ("export ban
    /// pause"); <paramref name="n"/> itself for a compound whose pause word the scanner does not
    /// mention ("export ban suspension"); -1 when there is none.</summary>
    private int GoverningSuspension(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from)
    {
        // Only controls: a pause on exports ("the suspension of exports ended") is a halt, whose
        // end is a resumption.
        if (!IsControlNoun(mentions[n]))
        {
            return -1;
        }

        if (HasCompoundSuspension(text, mentions, n))
        {
            return Math.Max(NextAdjacent(mentions, n), n);
        }

        for (var k = n - 1; k >= from; k--)
        {
            if (IsModifier(mentions[k]))
            {
                continue;
            }

            if (!IsSuspensionWord(text, mentions, k))
            {
                return -1;
            }

            // The scanner may have taken the preposition with the noun: "suspension of".
            var word = text[mentions[k].Start..mentions[k].End];
            var gap = text[mentions[k].End..mentions[n].Start].TrimStart();
            return word.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || word.EndsWith(" on", StringComparison.OrdinalIgnoreCase)
                || gap.StartsWith("on ", StringComparison.OrdinalIgnoreCase) || gap.StartsWith("of ", StringComparison.OrdinalIgnoreCase)
                ? k : -1;
        }

        return -1;
    }

    /// <summary>The relief verb that ends a stop named as a noun (the mention at
    /// <paramref name="stop"/>, whose object is <paramref name="n"/>), or -1: right before it
    /// with at most two determiners between ("ended the suspension of exports", "lifted its
    /// freeze on shipments"), or after its object with at most an auxiliary and short modifiers
    /// between ("the freeze on gallium shipments was lifted", "the halt to mining in Myanmar
    /// ended").</summary>
    private int ReliefGoverns(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int stop, int n, int from, int to)
    {
        var before = stop - 1;
        if (before >= from && IsReliefVerb(mentions[before]) && ClauseText.IsDeterminersOnly(text[mentions[before].End..mentions[stop].Start]))
        {
            return before;
        }

        var last = n;
        var after = n + 1;
        while (after < to && IsModifier(mentions[after]) && IsShortLink(text[mentions[last].End..mentions[after].Start]))
        {
            last = after++;
        }

        if (after >= to || !IsReliefVerb(mentions[after]))
        {
            return -1;
        }

        // A place the scanner does not know may follow: "the stoppage at the antimony mine in
        // Hunan ended".
        var gap = ClauseText.SkipPlace(text[mentions[last].End..mentions[after].Start]);
        return gap is " " || ClauseText.IsAuxiliaryGap(gap) ? after : -1;
    }

    /// <summary>The control or licence noun after "from" that the exemption of the flow at
    /// <paramref name="n"/> is from, or -1: "exempted gallium exports to Japan from its export
    /// controls".</summary>
    private int RuleExemptedFrom(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int to)
    {
        // Past the flow's modifiers and cues ("to Japan from"), to the next noun or verb.
        var next = n + 1;
        while (next < to && (mentions[next].Traits & (MentionTraits.Noun | MentionTraits.Verb)) == 0)
        {
            next++;
        }

        if (next >= to || (mentions[next].Traits & MentionTraits.RuleNoun) == 0)
        {
            return -1;
        }

        var between = text[mentions[n].End..mentions[next].Start];
        return between.IndexOfAny(',', ';') < 0 && between.ContainsIgnoreCase(" from ") ? next : -1;
    }

    /// <summary>"The exemption for Japanese buyers of antimony was withdrawn", "China revoked the
    /// waiver for US chipmakers": a waiver or exemption named as a noun, with nothing it pairs
    /// with, that a relief verb ends is relief taken back (up), as "revoked the exemption for
    /// gallium exports" is. One a grant verb gives ("granted an exemption to Japanese buyers of
    /// antimony") is relief, and so is one extended or renewed ("extended the exemption for
    /// Japanese buyers by a year"). One named after "the end of" or "the expiry of" ends too.</summary>
    private void AddWithdrawnWaiver(ReadOnlySpan<char> text, in SentenceFacts f, ScoringScratch scratch)
    {
        var mentions = scratch.Mentions;
        var consumed = scratch.Consumed;
        if (lexicon.Combos[(int)VerbClass.Waive, (int)NounClass.Flow] is not { } waiver)
        {
            return;
        }

        for (var m = f.MentionFrom; m < f.MentionTo; m++)
        {
            if (consumed[m] || !IsWaiverNoun(text, mentions[m]))
            {
                continue;
            }

            var ender = WaiverEnder(text, mentions, m, f.MentionFrom, f.MentionTo);
            var giver = ender < 0 ? WaiverGiver(text, mentions, m, f.MentionFrom) : -1;
            int verbStart, spanStart, spanEnd;
            if (giver >= 0 || ender >= 0)
            {
                var verb = giver >= 0 ? giver : ender;
                consumed[verb] = true;
                verbStart = mentions[verb].Start;
                (spanStart, spanEnd) = verb < m ? (verbStart, mentions[m].End) : (mentions[m].Start, mentions[verb].End);
            }
            else if (ClauseText.ExtenderBefore(text[..mentions[m].Start]) is var extender and >= 0
                && ExtenderMention(mentions, m, f.MentionFrom, extender, consumed) is var extenderMention and >= -1)
            {
                // "Renewed the waiver" ("renewed" is no mention), "extended the exemption" (a verb
                // of imposing, which takes no waiver as a control).
                if (extenderMention >= 0)
                {
                    consumed[extenderMention] = true;
                }

                (verbStart, spanStart, spanEnd) = (extender, extender, mentions[m].End);
            }
            else if (ClauseText.FollowsEndOf(text, mentions[m].Start))
            {
                // "The expiry of the waiver for magnets": the waiver alone, which evaluation
                // finds after "the expiry of" and turns into relief that ends.
                (verbStart, spanStart, spanEnd) = (mentions[m].Start, mentions[m].Start, mentions[m].End);
            }
            else
            {
                continue;
            }

            consumed[m] = true;
            scratch.Candidates.Add(new EventCandidate
            {
                Type = waiver.Type,
                Direction = waiver.Direction,
                Base = waiver.Base,
                SupplySpecific = true,
                EndsRelief = ender >= 0,
                SpanStart = spanStart,
                SpanEnd = spanEnd,
                Anchor = verbStart,
                VerbStart = verbStart,
            });
        }
    }

    /// <summary>The mention of the verb of extending at <paramref name="extender"/> when it is one
    /// and not yet taken, -1 when it is none, or -2 when a verb or a noun stands between it and
    /// the waiver at <paramref name="m"/> (or it is taken).</summary>
    private int ExtenderMention(GrowBuffer<Mention> mentions, int m, int from, int extender, bool[] consumed)
    {
        for (var k = m - 1; k >= from && mentions[k].End > extender; k--)
        {
            if (mentions[k].Start == extender)
            {
                return consumed[k] ? -2 : k;
            }

            if ((mentions[k].Traits & (MentionTraits.Verb | MentionTraits.Content)) != 0)
            {
                return -2;
            }
        }

        return -1;
    }

    private bool IsWaiverNoun(ReadOnlySpan<char> text, Mention mention)
    {
        if ((mention.Traits & MentionTraits.WaiveVerb) == 0)
        {
            return false;
        }

        var word = text[mention.Start..mention.End];
        return word.Equals("waiver", StringComparison.OrdinalIgnoreCase) || word.Equals("waivers", StringComparison.OrdinalIgnoreCase)
            || word.Equals("exemption", StringComparison.OrdinalIgnoreCase) || word.Equals("exemptions", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The relief verb (not another waiver) that ends the waiver at <paramref name="m"/>,
    /// or -1: right before it past determiners and material or country words ("withdrew the
    /// rare earth exemption"), or the next verb of its clause ("the exemption for Japanese
    /// buyers was withdrawn").</summary>
    private int WaiverEnder(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int m, int from, int to)
    {
        var k = m - 1;
        while (k >= from && IsModifier(mentions[k]) && text[mentions[k].End..mentions[k + 1].Start] is " ")
        {
            k--;
        }

        if (k >= from && IsEnderOfWaiver(text, mentions[k]) && ClauseText.IsDeterminersOnly(text[mentions[k].End..mentions[k + 1].Start]))
        {
            return k;
        }

        for (var after = m + 1; after < to && mentions[after].Start - mentions[m].End <= WaiverEnderReach; after++)
        {
            // "The exemption for US buyers of gallium lapsed": an ending cue ends it as a verb would.
            if (IsEndingCue(mentions[after], lapseOnly: true))
            {
                var gap = text[mentions[m].End..mentions[after].Start];
                return gap.IndexOfAny(",;") < 0 && !ClauseText.SeparatesClauses(gap, nounAfterVerb: false) ? after : -1;
            }

            if ((mentions[after].Traits & (MentionTraits.Verb | MentionTraits.Noun)) == 0)
            {
                continue;
            }

            var between = text[mentions[m].End..mentions[after].Start];
            return IsEnderOfWaiver(text, mentions[after]) && between.IndexOfAny(",;") < 0
                && !ClauseText.SeparatesClauses(between, nounAfterVerb: false)
                ? after
                : -1;
        }

        return -1;
    }

    private const int WaiverEnderReach = 64;

    /// <summary>The grant verb right before the waiver at <paramref name="m"/>, past determiners
    /// ("granted an exemption", "issued waivers"), or -1.</summary>
    private int WaiverGiver(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int m, int from)
    {
        var k = m - 1;
        return k >= from && (mentions[k].Traits & MentionTraits.GrantVerb) != 0
            && ClauseText.IsDeterminersOnly(text[mentions[k].End..mentions[m].Start])
            ? k
            : -1;
    }

    private bool IsEnderOfWaiver(ReadOnlySpan<char> text, Mention mention) =>
        IsReliefVerb(mention) && !IsWaiverNoun(text, mention) && (mention.Traits & MentionTraits.WaiveVerb) == 0;

    private static bool IsShortLink(ReadOnlySpan<char> between) => between.Length <= 6 && between.IndexOfAny(',', ';') < 0;

    private bool IsReliefVerb(Mention mention)
    {
        var payloads = lexicon.Slots[mention.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if (payloads[p].Kind == MentionKind.Verb && (mention.PayloadMask & (1u << p)) != 0
                && Array.IndexOf(lexicon.VerbGroups[payloads[p].Id].Classes, VerbClass.Relief) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a suspension or pause right after the control noun at <paramref name="n"/>
    /// makes a compound with it ("the export ban suspension", "the ban pause"). "Suspension"
    /// alone is no mention, so the words are read from the text.</summary>
    private bool HasCompoundSuspension(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n)
    {
        if (!IsControlNoun(mentions[n]))
        {
            return false;
        }

        var after = text[mentions[n].End..];
        return StartsWithWord(after, " suspension") || StartsWithWord(after, " pause");
    }

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

    /// <summary>The mention that starts right after the one at <paramref name="n"/>, or -1.</summary>
    private static int NextAdjacent(GrowBuffer<Mention> mentions, int n) =>
        n + 1 < mentions.Count && mentions[n + 1].Start - mentions[n].End == 1 ? n + 1 : -1;

    /// <summary>A suspension or pause: the stop verb used as a noun ("suspension of", "pause"),
    /// or a phrase that names one ("one-year pause").</summary>
    private bool IsSuspensionWord(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int k)
    {
        var word = text[mentions[k].Start..mentions[k].End];
        if (word.StartsWith("suspension", StringComparison.OrdinalIgnoreCase) || word.StartsWith("pause", StringComparison.OrdinalIgnoreCase))
        {
            return (mentions[k].Traits & MentionTraits.Verb) != 0;
        }

        return (word.EndsWith(" pause", StringComparison.OrdinalIgnoreCase) || word.EndsWith(" suspension", StringComparison.OrdinalIgnoreCase))
            && IsPhrase(mentions[k]);
    }

    private bool IsPhrase(Mention mention) => HasKind(mention, MentionKind.Phrase);
}
