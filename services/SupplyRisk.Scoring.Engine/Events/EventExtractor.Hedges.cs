using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>Hedges: which of a sentence's hedge words cast doubt on an event. A modal or a plan
/// doubts its own clause, not a fact told beside it ("exports fell 30%, and analysts warned of
/// more pain"; "banned antimony exports, a move that could hurt ammunition makers"; "Ford warned
/// investors after it idled its plant").</summary>
internal sealed partial class EventExtractor
{
    private bool HedgeReaches(ReadOnlySpan<char> text, in SentenceFacts f, GrowBuffer<HedgeMark> hedges, GrowBuffer<Mention> mentions, EventCandidate candidate)
    {
        for (var i = f.HedgeFrom; i < f.HedgeTo; i++)
        {
            var hedge = hedges[i];
            var reaches = hedge.Reach switch
            {
                HedgeReach.Sentence => true,
                // ... and the noun right before it that names what is feared: "ban fears",
                // "citing export control concerns" (a worry word that ends its phrase, a noun; not
                // the verb of "a supply crunch worries Pentagon suppliers").
                HedgeReach.AfterIt => (candidate.SpanEnd > hedge.End && !ClausesApart(text, mentions, f, hedge, candidate))
                    || (candidate.VerbStart < 0 && candidate.SpanEnd + 1 == hedge.Start && text[candidate.SpanEnd] == ' '
                        && ClauseText.EndsNounPhrase(text, hedge.End)),
                _ => !ClausesApart(text, mentions, f, hedge, candidate),
            };
            if (reaches)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a clause boundary parts the hedge from the event: a semicolon or a contrast
    /// (" but ", " while ", a comma and "and" that ends no list) either way; a hedge after the event
    /// behind "and", a relative "that" or "which", a subordinator ("weeks after China said it
    /// would consider lifting the ban") or a comma with words of another clause after it ("banned
    /// antimony exports, a move analysts said could hurt"; not a comma that closes an aside, "the
    /// new plant, combined with its Texas site, would raise capacity", nor a tail that reports the
    /// whole sentence, "China will retaliate with export controls, a spokesman warned"); a hedge before the event in a clause between
    /// commas that "which" or "who" opens ("the plant, which had planned to start in 2025, began
    /// producing"), or before a subordinator of cause or time whose clause tells the event in the
    /// past ("warned investors after it idled its plant").</summary>
    private bool ClausesApart(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, in SentenceFacts f, HedgeMark hedge, EventCandidate candidate)
    {
        if (hedge.End <= candidate.SpanStart)
        {
            var between = text[hedge.End..candidate.SpanStart];
            return ClauseText.MayPartClauses(between) && (ContrastBetween(text, mentions, f, hedge.End, candidate.SpanStart)
                || ClauseText.InRelativeClauseBefore(text, hedge.Start, candidate.SpanStart)
                || (ClauseText.CauseSubordinatorAt(between) is var sub and >= 0
                    && (candidate.VerbStart >= 0 ? ClauseText.TellsPast(text, candidate.VerbStart) : ClauseText.HasPastVerb(between[sub..]))));
        }

        if (hedge.Start >= candidate.SpanEnd)
        {
            var between = text[candidate.SpanEnd..hedge.Start];
            return ClauseText.MayPartClauses(between) && (ContrastBetween(text, mentions, f, candidate.SpanEnd, hedge.Start)
                || ClauseText.OpensLaterClause(between)
                || (ClauseText.CommaOpensOtherClause(between) && !OnlyListCommas(text, mentions, f, candidate.SpanEnd, hedge.Start)
                    && !ClauseText.EndsReportingTail(text, hedge.End)));
        }

        return false; // the hedge sits inside the event's own words: "exports are likely to fall"
    }

    /// <summary>A semicolon, a contrast word, or a comma and "and" that does not close a list of
    /// materials or countries between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool ContrastBetween(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, in SentenceFacts f, int from, int to)
    {
        var between = text[from..to];
        if (between.Contains(';') || ClauseText.HasContrastWord(between))
        {
            return true;
        }

        for (var at = between.IndexOf(", and ", StringComparison.Ordinal); at >= 0;)
        {
            if (!IsListComma(mentions, from + at, f.MentionFrom, f.MentionTo))
            {
                return true;
            }

            var next = between[(at + 1)..].IndexOf(", and ", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private bool OnlyListCommas(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, in SentenceFacts f, int from, int to)
    {
        for (var at = from; at < to; at++)
        {
            if (text[at] == ',' && !IsListComma(mentions, at, f.MentionFrom, f.MentionTo))
            {
                return false;
            }
        }

        return true;
    }
}
