using System.Numerics;
using SupplyRisk.Scoring.Engine.Lexicon;
using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>Evaluation: how the cues of its sentence change a candidate event (negation, flips,
/// hedges, conditions, time), and whether it is news or background.</summary>
internal sealed partial class EventExtractor
{
    /// <summary>How far after an event a "since" may sit and still date it ("banned exports to
    /// the United States since December").</summary>
    private const int SinceReachChars = 40;

    /// <summary>The same for a control named alone, whose own words may be many before its verb
    /// ("a ban on the export of rare earth extraction and separation technology has been in
    /// place since 2023").</summary>
    private const int StandaloneSinceReachChars = 100;

    /// <summary>How far after relief a passive verb that ends it ("has been revoked") may sit,
    /// past the relief's own words ("for magnet exports to a German supplier").</summary>
    private const int PassiveFlipReachChars = 64;

    /// <summary>How far after a grant a "more slowly" may sit and still be about it.</summary>
    private const int SlowerReachChars = 24;

    /// <summary>How far after an event an "again" cue may sit and still be about it.</summary>
    private const int AgainReachChars = 80;

    /// <summary>How far a verb of keeping may sit before the noun it keeps: "kept its", "kept the
    /// strict".</summary>
    private const int KeptNounGapChars = 16;

    /// <summary>How far before a grant's span "only 25% of" may start ("only 40 percent of the
    /// applications for germanium licences").</summary>
    private const int OnlyShareReachChars = 64;

    private ExtractedEvent? Evaluate(
        ReadOnlySpan<char> text,
        SentenceSpan sentence,
        in SentenceFacts f,
        int index,
        GrowBuffer<EventCandidate> candidates,
        BorrowableMaterials borrowable,
        bool articleIrrelevant,
        DateTimeOffset published,
        GrowBuffer<Mention> mentions,
        GrowBuffer<HedgeMark> hedges)
    {
        var candidate = candidates[index];

        // "Prices inside China fell": metal held back from export piles up at home; what buyers
        // abroad pay did not fall.
        if (candidate.Type == "price_drop" && ClauseText.IsDomesticChinesePrice(text, sentence.Start, candidate.SpanStart, candidate.SpanEnd))
        {
            return null;
        }

        // "Lynas postponed plans to build a plant in Texas": what the plan was to do has not happened.
        if (ClauseText.InObstructedPlan(text[sentence.Start..candidate.SpanStart]))
        {
            return null;
        }

        var materials = f.Materials | (articleIrrelevant ? 0 : f.AmbiguousMaterials);
        if ((materials & borrowable.OwnClause) != 0)
        {
            materials &= borrowable.OwnClause;
        }
        var confidence = _scale.MaterialConfidence;
        var borrowed = false;
        if (materials == 0)
        {
            // "China banned antimony exports. Defence contractors are struggling to source the
            // metal": "the metal" is the one named before, for what buyers meet (a shortage, a
            // disruption, a price); "only a few mines outside China produce the metal" describes.
            // (Not controls that say what they cover, other goods: "US controls on foreign-made
            // chips" in a story about graphite are not the graphite controls.)
            materials = candidate.SupplySpecific && !(candidate.VerbStart < 0 && ClauseText.NamesOtherCoverage(text, candidate.SpanStart, candidate.SpanEnd, sentence.End))
                ? borrowable.Around
                : candidate.RefersBack || (candidate.Type is "shortage" or "supply_disruption" or "price_spike" or "price_drop"
                    && ClauseText.NamesMaterialAgain(text[sentence.Start..sentence.End])) ? borrowable.Earlier
                : 0;
            if (materials == 0)
            {
                return null;
            }

            confidence = _scale.BorrowedMaterialConfidence;
            borrowed = true;
        }

        if ((materials & ~lexicon.GenericMaterials) != 0)
        {
            materials &= ~lexicon.GenericMaterials;
        }
        else if (borrowable.InTitle && (borrowable.Around & ~lexicon.GenericMaterials) != 0)
        {
            // "Beijing cracks down on smuggling of strategic minerals" over a story about gallium
            // and antimony: the title's general word means the materials the story names.
            materials = borrowable.Around & ~lexicon.GenericMaterials;
        }

        var direction = candidate.Direction;
        var type = candidate.Type;
        var lastSubordinator = -1;
        var sinceEnd = -1; // the end of the last subordinator when it is "since"
        var lastReporting = -1;
        var beforeAt = -1; // the last "before" or "ahead of" before the event
        var lastCondition = -1; // the start of the last "if" or "unless" before the cue at hand
        var negated = false;
        var flipped = candidate.EndsRelief;
        var flippedBefore = false; // a flipRelief verb right before a relief phrase: "cancelled the general licences"
        var slowed = false; // a grant told as slower: "approved, though more slowly"
        var lapsed = false; // a control named alone that ends right after ("the ban lapsed")
        var exempts = false; // ... or that leaves goods out ("the new rules do not apply to magnets in phones")
        var postponed = false; // ... or that starts later ("will not take effect until November 2026")
        var awaited = false; // a grant that has not come yet ("licences have yet to be issued")
        var delayBase = 0.0;
        var ongoing = false;
        var conditional = false;
        var pastOfAnother = false;
        var pastOfAnotherFrom = -1; // the end of the subordinator that made it so
        var background = TimeClassifier.Verdict.None;
        var backgroundCueEnd = -1;
        var againAt = -1;
        var bestTimeDistance = int.MaxValue;
        var previousMonthEnd = -100;
        // "The gallium ban, imposed in 2023, expired on Friday": the control ends right after the
        // clause that holds its verb, so a time in that clause dates the imposing, not the news.
        // So does one after a participle with no commas: "the gallium ban imposed in 2023 expired".
        var imposedClauseEnd = candidate.Direction > 0 && ImposedInClauseBetweenCommas(text, candidate, type)
            && ParentheticalOfVerb(text, candidate) is var imposedEnd && EndsRightAfter(text, mentions, f.MentionTo, m: f.MentionFrom, imposedEnd - 1)
            ? imposedEnd
            : candidate.Direction > 0 && IsControlType(type) ? EndAfterImposingParticiple(text, mentions, f.MentionFrom, f.MentionTo, candidate) : -1;
        for (var m = f.MentionFrom; m < f.MentionTo; m++)
        {
            var mention = mentions[m];
            var payloads = lexicon.Slots[mention.Slot];
            if (candidate.Type == "controls_suspended" && candidate.Direction < 0 && IsLiftRightAfter(text, mention, candidate))
            {
                // "Gallium ban pause ends", "the ban suspension ended": the pause, already the
                // event, is what ends (its verb found no control noun of its own to lift).
                flipped = true;
            }

            for (var p = 0; p < payloads.Length; p++)
            {
                if (payloads[p].Kind != MentionKind.Cue || (mention.PayloadMask & (1u << p)) == 0)
                {
                    continue;
                }

                var cue = (CueKind)payloads[p].Id;
                switch (cue)
                {
                    case CueKind.Subordinator:
                        lastSubordinator = mention.Start;
                        if (mention.Start < candidate.SpanStart && ClauseText.IsBeforeWord(text[mention.Start..mention.End]))
                        {
                            beforeAt = mention.Start;
                        }

                        sinceEnd = payloads[p].Arg == 2 ? mention.End : -1;
                        // "The first cargo of gallium since the ban", "licences issued since the
                        // rules took effect", "supplies were stable despite the controls": the
                        // noun "since" or "despite" introduces is the point the news counts from,
                        // an earlier event. (After "the", a verb form such as "ban" is that noun too;
                        // right after "since", a verb is the event itself: "shipments have since stopped".)
                        if ((payloads[p].Arg is 2 or 3 || (payloads[p].Arg == 5 && candidate.VerbStart < 0))
                            && ((mention.End <= candidate.SpanStart && DeterminersOrModifiersOnly(text, mentions, f.MentionFrom, f.MentionTo, mention.End, candidate.SpanStart)
                                    && !(payloads[p].Arg == 2 && candidate.SpanStart == candidate.VerbStart && text[mention.End..candidate.SpanStart].IsWhiteSpace()))
                                || (mention.End <= candidate.VerbStart && ClauseText.IsDeterminersOnly(text[mention.End..candidate.VerbStart])
                                    && !text[mention.End..candidate.VerbStart].IsWhiteSpace())))
                        {
                            background = TimeClassifier.Verdict.Background;
                            bestTimeDistance = -1;
                        }

                        // "The mine resumed production after a two-year halt": an event after a
                        // temporal subordinator of another event is that event's past, not news,
                        // unless a new clause starts in between ("after a halt, and that shipments
                        // would resume"). (A cause, "because of a shortage", may well be news itself.)
                        // A clause after "since" is past even with no event before it: "orders have
                        // doubled since China imposed its controls" (not "has since halted exports").
                        if (payloads[p].Arg is >= 1 and not 5 && mention.End <= candidate.Anchor
                            && (OtherEventBefore(candidates, index, mention.Start)
                                || (payloads[p].Arg == 2 && mention.End <= candidate.SpanStart && ClauseText.HasSubjectAfterSince(text[mention.End..candidate.SpanStart])))
                            && !ClauseText.SeparatesClauses(text[mention.End..candidate.Anchor], nounAfterVerb: false)
                            && !InParentheticalBeforeVerb(text, candidate, mention)
                            && !(payloads[p].Arg == 2 && ClauseText.SinceClosesOnDate(text[mention.End..candidate.Anchor])))
                        {
                            pastOfAnother = true;
                            pastOfAnotherFrom = mention.End;
                        }

                        break;
                    case CueKind.Reporting:
                        lastReporting = mention.Start;
                        break;
                    case CueKind.Again:
                        // "The 2024 ban on shipments to the United States applies again": in the
                        // event's clause, after its start and before any subordinator.
                        // Not past the clause between commas that holds the event's verb: "the gallium
                        // ban, suspended last November, is back in force" (the ban is back, not the pause).
                        if (mention.Start >= candidate.SpanStart && mention.Start - candidate.SpanEnd <= AgainReachChars
                            && !(ParentheticalOfVerb(text, candidate) is var verbClauseEnd and >= 0 && mention.Start >= verbClauseEnd)
                            && !(lastSubordinator >= candidate.SpanEnd && lastSubordinator < mention.Start)
                            && !(mention.Start > candidate.SpanEnd && ClauseText.SeparatesClauses(text[candidate.SpanEnd..mention.Start], nounAfterVerb: false)))
                        {
                            againAt = mention.Start;
                        }

                        break;
                    case CueKind.Conditional:
                        lastCondition = mention.Start;

                        // "Production could stop unless magnet shipments resume", "lines would
                        // restart only if China approves more licences": what the condition names
                        // has not happened. The comma that ends it ends it: "If talks fail, China
                        // will ban exports" keeps the ban (hedged, as the whole sentence is).
                        // Nor past a temporal or causal subordinator, whose clause is a fact: "asked
                        // whether prices would keep falling after China resumed exports".
                        if (mention.End <= candidate.SpanStart && text[mention.End..candidate.SpanStart].IndexOfAny(',', ';') < 0
                            && !ClauseText.HasFactClause(text[mention.End..candidate.SpanStart]))
                        {
                            conditional = true;
                        }

                        // "Lines would restart only if China approves more licences": the restart
                        // waits on the condition as well.
                        if (payloads[p].Arg == 1 && mention.Start >= candidate.SpanEnd
                            && !ClauseText.SeparatesClauses(text[candidate.SpanEnd..mention.Start], nounAfterVerb: false))
                        {
                            conditional = true;
                        }

                        break;
                    case CueKind.Ending when payloads[p].Arg == 1:
                        // "China will not extend the suspension of its gallium ban", "declined to
                        // renew the pause": relief refused its extension ends, as with an ending
                        // cue after it. The cue overlaps the event's verb, so it ends inside the
                        // event's span. Anything else it only negates: "will not extend its ban"
                        // or "the ban does not extend to Japan" is no new tightening, and no
                        // relief either.
                        // (Measured from the cue's end, which holds the verb: "China shows no
                        // intention of extending the pause" is as close as "has no intention of".)
                        if (mention.End <= candidate.SpanEnd && mention.End >= candidate.SpanStart - _scale.NegationWindowChars)
                        {
                            flipped |= candidate.Direction < 0;
                            negated = true;
                        }

                        break;
                    case CueKind.Ending when candidate.Direction > 0 && imposedClauseEnd == mention.Start:
                        // "The gallium ban imposed in 2023 expired this week": the ending right
                        // after the participle's clause is the control's.
                        lapsed = true;
                        exempts = payloads[p].Arg == 2;
                        postponed = payloads[p].Arg == 3;
                        break;
                    case CueKind.Ending when candidate.Direction > 0 && (candidate.StandaloneControl || ImposedInClauseBetweenCommas(text, candidate, type)):
                        // "The gallium export ban lapsed", "the ban will not be extended": a
                        // control that ends right there is relief.
                        // (Past a clause that describes it: "the gallium ban, first announced in
                        // 2023, expired on Friday", or that holds the verb that imposed it: "the
                        // gallium ban, imposed in 2023, expired"; not "the ban has not expired".)
                        var lapseFrom = !candidate.StandaloneControl
                            ? ParentheticalOfVerb(text, candidate) - 1
                            : ClauseText.ParentheticalAfter(text, candidate.SpanEnd) is var describedTo and >= 0 && describedTo <= mention.Start
                                ? describedTo - 1
                                : candidate.SpanEnd;
                        if (EndsAt(text, lapseFrom, mention)
                            && !(lastSubordinator >= candidate.SpanEnd && lastSubordinator < mention.Start))
                        {
                            lapsed = true;
                            exempts = payloads[p].Arg == 2;
                            postponed = payloads[p].Arg == 3;
                        }

                        break;
                    case CueKind.Ending when payloads[p].Arg is 2 or 3:
                        // An exclusion only tells what a control leaves out, and a postponement
                        // when it starts; neither ends relief.
                        break;
                    case CueKind.Ending:
                        // "The one-year pause on the ban nears its end": relief that is about to
                        // stop gives the risk back. Only for easing events, only when the cue
                        // follows the event in its clause (not after a subordinator).
                        // Not one in a clause between commas before the event's verb: "the pause,
                        // which was due to expire on Thursday, has been extended" is what the
                        // pause was, and the verb after the clause is the news.
                        // Nor an event inside such a clause, before the cue: "the ban suspension,
                        // agreed as part of last year's truce, has ended" ends the suspension.
                        // Nor "ends" or "ended" with an object of its own: "truce ends trade war"
                        // is the truce's doing, not its end; nor a cue that is a noun after "the":
                        // "the truce is unaffected by the lapse" (of something else).
                        if (candidate.Direction < 0 && mention.Start >= candidate.SpanEnd
                            && !(lastSubordinator >= candidate.SpanEnd && lastSubordinator < mention.Start)
                            && !ClauseText.EndsAnObject(text, mention.Start, mention.End)
                            && !ClauseText.FollowsDefiniteDeterminer(text, mention.Start)
                            && !InParentheticalBeforePredicate(text, candidate, mention)
                            && !InParentheticalBefore(text, sentence.Start, candidate, mention))
                        {
                            flipped = true;
                        }

                        break;
                    case CueKind.Ongoing when payloads[p].Arg == 3:
                        // "Gallium exports remain banned", "shipments are still suspended". Relief
                        // that is to stay until a later year is news, though: "the ban would remain
                        // suspended until November 2027" extends the pause.
                        // Not "still" after a modal: "production lines may still stop in December"
                        // is an event to come; "would stay banned", "will remain suspended" is
                        // the state going on.
                        if (candidate.VerbStart >= 0 && candidate.VerbStart - mention.End == 1
                            && !(candidate.Direction < 0 && ClauseText.LastsIntoLaterYear(text, candidate.SpanEnd, published.Year))
                            && !(ClauseText.FollowsModal(text, mention.Start) && text[mention.Start..mention.End].StartsWith("still", StringComparison.OrdinalIgnoreCase)))
                        {
                            ongoing = true;
                        }

                        break;
                    case CueKind.Ongoing when payloads[p].Arg == 2:
                        // "Beijing kept its licensing regime", "retained its ban on gallium
                        // exports" (where "ban" reads as a verb): what is kept goes on. Relief
                        // kept is news, though: "keeping the pause for another year" extends it
                        // past the date it was due to end.
                        if (candidate.Direction > 0 && mention.End <= candidate.SpanStart
                            && candidate.SpanStart - mention.End <= KeptNounGapChars)
                        {
                            ongoing = true;
                        }

                        break;
                    case CueKind.Ongoing:
                        // "Export controls on gallium remain in place", "the licence requirement
                        // has not been withdrawn": a state that goes on is not a new fact. The cue
                        // dates the nearest event before it in its clause, not one further back.
                        if (mention.Start >= candidate.SpanStart
                            && !(payloads[p].Arg == 1 && candidate.VerbStart >= 0)
                            // (A described-control cue makes background the control named alone, and
                            // the disruption it holds: "the export controls have disrupted supply
                            // chains" tells both as a state; "fighting has disrupted supplies" is news.)
                            && !(payloads[p].Arg == 4 && !(candidate.VerbStart < 0
                                && (candidate.StandaloneControl || (mention.Start == candidate.SpanStart && ControlNounBefore(mentions, f.MentionFrom, m)))))
                            && !(lastSubordinator >= candidate.SpanEnd && lastSubordinator < mention.Start)
                            && !(mention.Start > candidate.SpanEnd && ClauseText.SeparatesClauses(text[candidate.SpanEnd..mention.Start], nounAfterVerb: false))
                            && !OtherEventBetween(candidates, index, mention.Start)
                            // Relief that is to stay in place past the year is news, as one that
                            // is to "remain suspended until November 2027" is (above).
                            && !(candidate.Direction < 0 && ClauseText.LastsIntoLaterYear(text, mention.End, published.Year)))
                        {
                            ongoing = true;
                        }

                        break;
                    case CueKind.Negation when payloads[p].Arg == 1:
                        if (mention.End <= candidate.SpanStart
                            && !ClauseText.SeparatesClauses(text[mention.End..candidate.SpanStart], nounAfterVerb: false))
                        {
                            negated = true;
                        }

                        break;
                    case CueKind.Negation when payloads[p].Arg == 4:
                        // "The ministry said reports that it had stopped magnet exports were
                        // untrue": the event sits in what a report, rumour or claim told, and the
                        // sentence denies it after.
                        if (mention.Start >= candidate.SpanEnd
                            && ClauseText.OpensReport(text[sentence.Start..candidate.SpanStart]) is var reportEnd and >= 0
                            && text[(sentence.Start + reportEnd)..mention.Start].IndexOf(';') < 0)
                        {
                            negated = true;
                        }

                        break;
                    case CueKind.Flip when payloads[p].Arg == 4:
                        // "Licences were being granted more slowly than in the summer", and
                        // "were still being approved, though more slowly": the slowing is the
                        // news, even of grants that go on.
                        if (IsGrant(type) && mention.Start >= candidate.SpanEnd && mention.Start - candidate.SpanEnd <= SlowerReachChars
                            && ClauseText.IsConcessiveGap(text[candidate.SpanEnd..mention.Start]))
                        {
                            flipped = true;
                            slowed = true;
                        }

                        break;
                    case CueKind.Flip when payloads[p].Arg == 3:
                        // "China revoked the general licences", "scrapped its licence exemption",
                        // "was asked to suspend an export agreement with Japan".
                        if (candidate.VerbStart < 0 && candidate.Direction < 0 && mention.End <= candidate.SpanStart
                            && ClauseText.IsDeterminersOrPossessiveAndTradeWord(text[mention.End..candidate.SpanStart]))
                        {
                            flipped = true;
                            flippedBefore = true;
                        }

                        // "The general licence for magnet exports has been revoked": the same verb
                        // in the passive after it.
                        if (candidate.VerbStart < 0 && candidate.Direction < 0 && mention.Start >= candidate.SpanEnd
                            && mention.Start - candidate.SpanEnd <= PassiveFlipReachChars
                            && ClauseText.EndsOnPassiveAuxiliary(text[candidate.SpanEnd..mention.Start])
                            && !ClauseText.HasNegationWord(text[candidate.SpanEnd..mention.Start]))
                        {
                            flipped = true;
                        }

                        break;
                    case CueKind.Negation when payloads[p].Arg == 0 && candidate.VerbStart < 0 && candidate.Direction < 0
                        && mention.Start - candidate.SpanEnd == 1 && ClauseText.FollowsDefiniteDeterminer(text, candidate.SpanStart):
                        // "The truce did not ease the shortage", "the deal has done little for
                        // magnet buyers": relief named as the subject of a denial is one already
                        // in place, what it did not do is the news.
                        ongoing = true;
                        break;
                    case CueKind.Negation or CueKind.Flip when candidate.HoldsNegation && mention.Start >= candidate.SpanStart && mention.End <= candidate.SpanEnd:
                        break; // "no germanium went to …": the "no" is the news
                    case CueKind.Negation or CueKind.Flip:
                        // A flip cue counts from its end: "only a handful of" is as close to its
                        // noun as "few". A negation inside a condition stays there: in "If Beijing
                        // does not extend the suspension, the ban will return" the ban is not
                        // negated (the comma ends the condition).
                        // A flip or a negation before the event with a conjunction between is
                        // another clause's: "redesigning sensors to use fewer heavy rare earths
                        // after supplies were disrupted" (the disruption is not reversed), "prices
                        // did not fall after China lifted the ban" (the ban was lifted).
                        if (mention.End <= candidate.SpanEnd
                            && !(lastCondition >= 0 && mention.End <= candidate.SpanStart && text[mention.End..candidate.SpanStart].IndexOfAny(',', ';') >= 0)
                            && (cue == CueKind.Flip ? mention.End : mention.Start) >= candidate.SpanStart - _scale.NegationWindowChars
                            && !(payloads[p].Arg == 2 && mention.End <= candidate.SpanStart && text[mention.End..candidate.SpanStart].IndexOfAny(',', ';') >= 0)
                            && !(mention.End < candidate.SpanStart && ClauseText.HasSubordinator(text[mention.End..candidate.SpanStart])))
                        {
                            // "Beijing approved no new licences", "no permits were granted", "none of
                            // the applications were approved": a
                            // grant of none is a refusal, as "few permits" is (a flip cue), while
                            // "did not approve licences" only says the grant did not happen.
                            // So is a grant of not any: "has not granted any licences", "would not
                            // approve any more permits", "has not issued a single licence", "not one
                            // licence has been approved"; and one refused ahead: "will not grant
                            // licences for antimony exports to US defence firms".
                            var noneGranted = cue == CueKind.Negation && IsGrant(candidate.Type)
                                && (text[mention.Start..mention.End].Equals("no", StringComparison.OrdinalIgnoreCase)
                                    || text[mention.Start..mention.End].Equals("none", StringComparison.OrdinalIgnoreCase)
                                    || ClauseText.IsNotOne(text, mention.End)
                                    || ClauseText.RefusesAhead(text, mention.Start, mention.End)
                                    || (candidate.VerbStart >= 0 && (ClauseText.ContainsWord(text[candidate.VerbStart..candidate.SpanEnd], "any")
                                        || ClauseText.ContainsWord(text[candidate.VerbStart..candidate.SpanEnd], "single"))));
                            negated |= cue == CueKind.Negation && !noneGranted;
                            flipped |= cue == CueKind.Flip || noneGranted;
                            // "China has yet to issue licences", "licences have not yet been
                            // granted", "have not been issued since April": a grant still awaited
                            // is a delay.
                            // Only with the verb right after ("have not yet been issued"), and
                            // after a form of "be" only a participle ("are not yet approved"; in
                            // "it is not yet clear whether licences will be granted", "clear" is no
                            // grant).
                            awaited |= cue == CueKind.Negation && !noneGranted && IsGrant(candidate.Type)
                                && candidate.VerbStart >= mention.Start && candidate.VerbStart - mention.End <= AwaitedGapChars
                                && !(ClauseText.StartsWithBeForm(text[mention.Start..mention.End]) && !ClauseText.IsParticiple(ClauseText.WordAt(text, candidate.VerbStart)))
                                && (ClauseText.ContainsWord(text[mention.Start..mention.End], "yet") || text[mention.End..].StartsWith(" yet ", StringComparison.Ordinal)
                                    || text[candidate.SpanEnd..].StartsWith(" since ", StringComparison.Ordinal));
                        }

                        break;
                    case CueKind.PastPerfect:
                        // "had" right before the event's verb recalls an earlier event, unless a
                        // reporting verb came first: "the company said it had restarted the line"
                        // is news in reported speech (the tense only follows "said"); a date or a
                        // "last year" can still mark it background.
                        if (candidate.VerbStart >= 0 && candidate.VerbStart - mention.End is >= 0 and <= 2
                            && !(lastReporting >= 0 && lastReporting < mention.Start))
                        {
                            background = TimeClassifier.Verdict.Background;
                            bestTimeDistance = -1;
                        }

                        break;
                    case CueKind.Background when payloads[p].Arg == 1
                        && !(mention.End <= candidate.SpanStart && candidate.SpanStart - mention.End <= NextEventReachChars):
                        break; // "who had faced gallium shortages" dates the shortages only
                    case CueKind.Background or CueKind.Recent or CueKind.Month or CueKind.Year or CueKind.Season:
                        var distance = mention.End <= candidate.SpanStart ? candidate.SpanStart - mention.End
                            : mention.Start >= candidate.SpanEnd ? mention.Start - candidate.SpanEnd
                            : 0;
                        // "Imposed controls on graphite in 2023 and tightened them further this
                        // week": a time that closes an earlier event's clause, right before "and",
                        // is that event's; this one's own time after it, if it has one, comes first.
                        if (mention.End <= candidate.SpanStart && ClosesEarlierEvent(text, candidates, index, mention))
                        {
                            distance += ClosedTimePenaltyChars;
                        }
                        if (cue == CueKind.Month)
                        {
                            previousMonthEnd = mention.End;
                        }

                        // A time in the possessive names a thing of that time, which dates a noun
                        // event ("last year's ban hurt chipmakers") but not a verb's ("China lifted
                        // last year's ban", "prices fell back to last year's level").
                        // A time cue after a subordinator dates that clause, not the event (unless it
                        // follows "since": "banned since December" began in December): one after
                        // the event ("halted exports after a fire in May"), or one in a clause between
                        // its noun and its verb ("the ban that has hurt buyers since December was
                        // suspended"); so does one in a relative clause between them ("the ban, which
                        // China imposed in December, was suspended").
                        // "since" right after the event in its clause: "have been banned since
                        // December", not "…, reversing a measure in place since December".
                        var sinceDate = sinceEnd >= 0 && mention.Start - sinceEnd == 1
                            && (lastSubordinator < candidate.SpanEnd
                                || (lastSubordinator - candidate.SpanEnd <= (candidate.VerbStart < 0 ? StandaloneSinceReachChars : SinceReachChars)
                                    && text[candidate.SpanEnd..lastSubordinator].IndexOfAny(',', ';') < 0
                                    // Not one of a participle of its own: "approved half of the licence
                                    // applications filed since April" (the filing began in April).
                                    && !ClauseText.HasParticiple(text[candidate.SpanEnd..lastSubordinator])));
                        if (distance >= bestTimeDistance || (cue == CueKind.Year && mention.Start - previousMonthEnd <= 8)
                            || (mention.Start >= candidate.SpanEnd && lastSubordinator >= candidate.SpanEnd && !sinceDate)
                            || (mention.End <= candidate.SpanEnd && lastSubordinator > candidate.SpanStart && lastSubordinator < mention.Start && !sinceDate)
                            || (candidate.AcrossClause && mention.Start > candidate.SpanStart && mention.End <= candidate.VerbStart)
                            || BelongsToOtherEvent(candidates, index, mention)
                            || (mention.End <= candidate.SpanStart && EndsClauseBeforeNewSubject(text, candidates, index, mention))
                            || DatesParentheticalOnly(text, candidate, mention)
                            || (mention.Start > candidate.VerbStart && mention.End < imposedClauseEnd)
                            || (candidate.VerbStart >= 0 && ClauseText.IsPossessive(text, mention.End))
                            // "Kept the suspension of its October controls", "lifted its April curbs":
                            // relief acts on a control of that month, later ("imposed its April
                            // curbs" is of that month). After the event, such a time names another
                            // thing: "banned the export of the technology, expanding a 2023 ban".
                            // So does a verb that changes the control ("the April gallium controls
                            // were tightened").
                            || (candidate.VerbStart >= 0 && (candidate.Direction < 0 || mention.Start >= candidate.SpanEnd
                                    || ClauseText.ChangesExistingControl(text, candidate.VerbStart))
                                && cue is CueKind.Month or CueKind.Year && ClauseText.IsAttributiveTime(text, mention.Start, mention.End))
                            || (candidate.VerbStart >= 0 && cue is CueKind.Month or CueKind.Year && ClauseText.IsSinceNamedControl(text, mention.Start, mention.End))
                            || (mention.Start > candidate.SpanEnd && cue is CueKind.Month or CueKind.Year or CueKind.Background or CueKind.Season
                                && (DatesAnotherNoun(text, candidate, mention) || (flippedBefore && DescribedRightAfter(text, candidate, mention))))
                            // "A general licence granted to a German supplier in October has not been
                            // renewed": the participle's time is the grant's; the ending after it is
                            // the news.
                            || (mention.Start > candidate.SpanEnd && cue is CueKind.Month or CueKind.Year or CueKind.Season
                                && ParticipleOpens(text[candidate.SpanEnd..mention.Start]) && EndedRightAfterTime(text, mentions, m + 1, f.MentionTo, mention.End))
                            || (mention.Start > candidate.SpanEnd && ClauseText.HasContactClause(text[candidate.SpanEnd..mention.Start]))
                            || ClauseText.IsComparisonBaseline(text, mention.Start, loose: cue == CueKind.Background)
                            || ClauseText.IsSuperlativeBaseline(text, mention.Start))
                        {
                            break;
                        }

                        var future = ((f.Flags & SentenceFlags.FutureTense) != 0 && !ClauseText.HasPastAuxiliary(text, candidate.VerbStart))
                            || FollowsFutureMarker(mentions, f.MentionFrom, m);
                        var verdict = cue switch
                        {
                            CueKind.Month => TimeClassifier.ForMonth(text, mention.Start, mention.End, payloads[p].Arg, published, future, _scale.BackgroundDays,
                                monthlyFigure: IsMonthlyFigure(type, candidate), hedged: (f.Flags & SentenceFlags.Hedge) != 0),
                            CueKind.Year => TimeClassifier.ForYear(payloads[p].Arg, published, future),
                            CueKind.Season => TimeClassifier.ForSeason(payloads[p].Arg, published, future),
                            // "Gallium exports fell last month": last month's figures are this
                            // month's news, as "fell in October" is in November.
                            CueKind.Background when text[mention.Start..mention.End].Equals("last month", StringComparison.OrdinalIgnoreCase)
                                && IsMonthlyFigure(type, candidate) => TimeClassifier.Verdict.New,
                            _ => TimeClassifier.ForCue(cue),
                        };
                        if (verdict != TimeClassifier.Verdict.None)
                        {
                            background = verdict;
                            backgroundCueEnd = mention.End;
                            bestTimeDistance = distance;
                        }

                        break;
                }
            }
        }

        if (conditional)
        {
            return null;
        }

        // "Extended the suspension a day before the one-year pause was due to lapse": what was
        // due after the other event is a schedule that event overtook, not an event.
        if (beforeAt >= 0 && OtherEventBefore(candidates, index, beforeAt) && ClauseText.IsScheduleOnly(text[beforeAt..sentence.End]))
        {
            return null;
        }

        if (candidate.EndsRelief && negated)
        {
            return null; // "did not end the suspension": the relief goes on, nothing new
        }

        // "Only 25% of applications were approved", "approved just 10 per cent of the requests":
        // a grant of a small share is a refusal of the rest, as "only a fraction of" is.
        if (IsGrant(type) && !flipped && !negated && candidate.VerbStart >= 0
            && (ClauseText.HoldsOnlyShareOf(ClauseText.AfterLastComma(text[Math.Max(sentence.Start, candidate.SpanStart - OnlyShareReachChars)..candidate.SpanStart]))
                || (candidate.VerbStart == candidate.SpanStart && ClauseText.HoldsOnlyShareOf(text[candidate.VerbStart..candidate.SpanEnd]))))
        {
            flipped = true;
        }

        // "Beijing enforces its ban on antimony exports", "customs are strictly enforcing the
        // export controls": a control already in place that is enforced goes on.
        if (candidate.EnforcesExisting && direction > 0)
        {
            ongoing = true;
        }

        // "Graphite exports are subject to licences": goods that are, or have been, subject to
        // a control tell a state, not a new one ("became subject to", "will be subject to" do).
        if (direction > 0 && candidate.VerbStart >= 0 && ClauseText.IsStateOfBeingSubject(text, candidate.VerbStart))
        {
            ongoing = true;
        }

        // "The magnet shortage eased", "the licences ended the shortage", "the premium for
        // non-Chinese germanium narrowed": a shortage or a price spike that eases is relief. So
        // are delays named as such ("licence delays are easing").
        if (((candidate.VerbStart < 0 && type is "shortage" or "supply_disruption" or "price_spike")
                || (type is "licence_delay" or "export_delay" && candidate.VerbStart >= candidate.SpanStart && candidate.SpanEnd > candidate.VerbStart
                    && ClauseText.ContainsWord(text[candidate.VerbStart..candidate.SpanEnd], "delays")))
            && (ClauseText.IsEasingAfter(text, candidate.SpanEnd) || ClauseText.IsEasingBefore(text, candidate.SpanStart)))
        {
            // "The truce did not ease the shortage", "has not ended the shortage": the easing is
            // what is denied, and the shortage goes on, a state (background), not relief.
            if (negated)
            {
                negated = false;
                ongoing = true;
            }
            else
            {
                flipped = !flipped;
            }
        }

        // "The end of the truce on rare earths has not yet hit shipments": relief named after
        // "the end of" or "the expiry of" is relief that ends.
        // So is relief whose end is told in the possessive: "the truce's expiry".
        if (!flipped && candidate.Direction < 0
            && (ClauseText.FollowsEndOf(text, candidate.SpanStart) || ClauseText.PossessiveEndAfter(text[candidate.SpanEnd..])))
        {
            flipped = true;
        }

        // "Beijing put its rare earth controls on hold": the control's own words end on "on",
        // which the "on hold" after it shares, so the cue is never found on its own.
        if (!lapsed && candidate.Direction > 0 && candidate.StandaloneControl
            && text[candidate.SpanStart..candidate.SpanEnd].EndsWith(" on", StringComparison.OrdinalIgnoreCase)
            && ClauseText.StartsWithWord(text[candidate.SpanEnd..], " hold"))
        {
            lapsed = true;
            postponed = true;
        }

        if (lapsed && !negated)
        {
            // The control ended: relief, as "lifted the ban" is; or it leaves some goods out,
            // as an exemption does.
            direction = -direction;
            type = exempts ? "controls_eased" : postponed ? "controls_suspended" : "controls_lifted";
        }
        else if (flipped)
        {
            direction = -direction;
            type += "_reversed";
        }
        else if (negated && awaited
            && lexicon.Combos[(int)VerbClass.Deny, (int)(type == "shipments_approved" ? NounClass.Flow : NounClass.Licence)] is { } delay)
        {
            type = delay.Type;
            direction = delay.Direction;
            delayBase = delay.Base;
        }
        else if (negated)
        {
            return null;
        }
        else if (IsGrant(type) && direction < 0 && !flipped && candidate.VerbStart > 0
            && DurationText.Change(text[(candidate.VerbStart - 1)..sentence.End]) > 0
            && lexicon.Combos[(int)VerbClass.Deny, (int)(type == "shipments_approved" ? NounClass.Flow : NounClass.Licence)] is { } slower)
        {
            // "Licences are issued in 60 days, up from 30": a grant that takes longer than
            // before is a delay.
            type = slower.Type;
            direction = slower.Direction;
            delayBase = slower.Base;
        }

        if (direction > 0 && IsControlType(type) && UnitedStatesActs(text, mentions, f.MentionFrom, candidate.VerbStart)
            && (borrowed || !MaterialInClause(text, mentions, f.MentionFrom, f.MentionTo, candidate)))
        {
            // "Washington tightened its rules on exports of advanced chips", "US restricts
            // chipmaking tool exports as gallium ban pause ends": a US control that names none
            // of the materials in its own clause would, with materials borrowed from beside it,
            // become a control on what China supplies.
            return null;
        }

        // "The United States will ban Chinese rare earth magnets in defence systems", "a US ban on
        // Chinese magnets": a control another government puts on goods from China is an import
        // ban. It binds the buyers its sentence names, not every sector that uses the material.
        // (Not one named an export control: "US Commerce adds export rule on Chinese graphite".)
        // Relief from one ("the US lifted its ban on Chinese magnets in defence systems") binds
        // the same buyers.
        var importBan = (f.Countries & ~(1UL << lexicon.ChinaIndex)) != 0
            && (direction > 0 ? IsControlType(type) : type is "controls_lifted" or "controls_suspended" or "controls_eased")
            && OtherGovernmentActs(text, mentions, f.MentionFrom, candidate)
            && ChineseGoodsAfter(text, mentions, candidate, f.MentionFrom, f.MentionTo)
            && !text[candidate.SpanStart..candidate.SpanEnd].ContainsIgnoreCase("export");
        if (importBan && direction > 0)
        {
            type = "import_ban";
        }
        else if (candidate.OnlyAsImportBan)
        {
            return null;
        }

        // "The law allows it to ban gallium exports": a power not yet used is hedged as a plan is,
        // and so is what talks are about ("talks on lifting the gallium ban").
        if (HedgeReaches(text, f, hedges, mentions, candidate)
            || (candidate.VerbStart > 0 && ClauseText.IsPowerOnly(text, sentence.Start, candidate.VerbStart))
            || ClauseText.IsTopicOfTalks(text, sentence.Start, candidate.SpanStart))
        {
            confidence *= _scale.HedgeFactor;
        }

        if ((f.Flags & SentenceFlags.Reported) != 0)
        {
            confidence *= _scale.ReportedFactor;
        }

        // "The United States and Australia signed a framework agreement on rare earths": a deal
        // between countries of which none is the dominant supplier is no truce with it; it
        // builds supply elsewhere.
        // China named only as what others depend on ("to reduce reliance on China", "cut their
        // exposure to Chinese magnets by signing deals with Australian suppliers") is no party.
        // (And one of them that ends is such a partnership ended: "asked to suspend an export
        // agreement with Japan".)
        if (type is "truce" or "truce_reversed" && BitOperations.PopCount(f.Countries) >= 2
            && ((f.Countries & (1UL << lexicon.ChinaIndex)) == 0 || !ChinaNamedAsParty(text, mentions, f.MentionFrom, f.MentionTo)))
        {
            type = type == "truce" ? "supply_partnership" : "supply_partnership_reversed";
        }

        var baseWeight = delayBase > 0 ? delayBase : candidate.Base;
        if (type == "new_capacity" && f.Countries == 1UL << lexicon.ChinaIndex)
        {
            // New capacity inside China does little for the supply risk the dashboard tracks.
            baseWeight *= _scale.NewCapacityChinaOnlyFactor;
        }

        // A return is news even when the date before it is of the first time ("the 2024 ban
        // applies again"); a date after it is the return's own ("rose again last month").
        // "Applies again", "in force again": a verb that says it returns holds its own "again".
        if (againAt < 0 && candidate.VerbStart >= 0 && ClauseText.VerbSaysAgain(text, candidate.VerbStart))
        {
            againAt = candidate.VerbStart;
        }

        var returned = againAt >= 0 && backgroundCueEnd <= againAt;
        // "Shipments of germanium, which stopped in the spring, recovered this week": a clause
        // between commas after the noun recalls what it went through; the verb after the clause
        // is the news.
        var recalled = ParentheticalOfVerb(text, candidate) is var clauseEnd and >= 0 && OtherVerbFrom(candidates, index, clauseEnd);
        // An event after "after" is the other's past unless its own clause dates it as news: "expect
        // a squeeze after China's ban returned on Friday".
        pastOfAnother &= !(background == TimeClassifier.Verdict.New && backgroundCueEnd > Math.Max(pastOfAnotherFrom, candidate.SpanStart));
        // "Easing a bottleneck that disrupted car production": the clause tells the past of what
        // is eased, the harm it did (looked for last, and only for tightening events).
        // "Traders are still adjusting to the gallium ban": a control named alone after "the" is
        // one in force that the story refers to; a new one is "a ban" or "the new ban".
        // (Not one that comes back: "the controls on graphite anodes came back into force on Monday".)
        var namedInForce = candidate.StandaloneControl && direction > 0 && againAt < 0 && NamedAsKnown(text, mentions, f.MentionFrom, candidate.SpanStart);
        // "Under the truce, China paused its controls": a relief or control named alone after
        // "under the" is the frame of what the sentence tells, one in force.
        namedInForce = namedInForce || (candidate.VerbStart < 0 && againAt < 0 && ClauseText.FollowsUnder(text, candidate.SpanStart));
        // "Six weeks after the rules took effect, no licences have been issued": that long ago.
        var isBackground = (ongoing && !slowed) || pastOfAnother || recalled || namedInForce || candidate.Superseded || (background == TimeClassifier.Verdict.Background && !returned)
            || ClauseText.FollowsTimeAfter(text, sentence.Start, candidate.SpanStart)
            || (direction > 0 && ClauseText.InClauseOnEasedObject(text[sentence.Start..candidate.Anchor]));
        return new ExtractedEvent
        {
            Type = type,
            Direction = direction,
            Base = baseWeight,
            Confidence = Math.Round(confidence, 3),
            Background = isBackground,
            BorrowedMaterials = borrowed,
            Materials = materials,
            Countries = f.Countries,
            NamedSectors = f.Sectors,
            OnlyNamedSectors = importBan && f.Sectors != 0,
            SentenceStart = sentence.Start,
            SentenceEnd = sentence.End,
            Magnitude = baseWeight * confidence * (isBackground ? _scale.BackgroundWeight : 1.0),
        };
    }

    /// <summary>Room between a negation and the grant it holds back: " yet been ", " to be ".</summary>
    private const int AwaitedGapChars = 10;

    // "The gallium export ban on US buyers lapsed": room for the control's own short modifier.
    private const int LapseGapChars = 32;

    /// <summary>A lifting verb ("ends", "ended", "was lifted") right after the event's span,
    /// with at most an auxiliary between.</summary>
    private bool IsLiftRightAfter(ReadOnlySpan<char> text, Mention mention, EventCandidate candidate)
    {
        if (mention.Start < candidate.SpanEnd)
        {
            return false;
        }

        // Past a clause that describes the pause: "The gallium ban suspension, agreed last year, has ended".
        var from = ClauseText.ParentheticalAfter(text, candidate.SpanEnd) is var rest and >= 0 && rest <= mention.Start ? rest - 1 : candidate.SpanEnd;
        var between = text[from..mention.Start];
        if (!(between is " " || ClauseText.IsAuxiliaryGap(between)))
        {
            return false;
        }

        var payloads = lexicon.Slots[mention.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if (payloads[p].Kind == MentionKind.Verb && (mention.PayloadMask & (1u << p)) != 0
                && lexicon.VerbGroups[payloads[p].Id].TypeFor(VerbClass.Relief, NounClass.Control) == "controls_lifted")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A time cue in a clause between commas after the event's noun dates what the noun
    /// is, not the event: "gallium exports, banned since December 2024, resumed this week", when the
    /// event's verb follows the clause; "the suspension of the gallium ban, announced last
    /// November, was renewed", when the event is the pause before the clause and the predicate
    /// after it renews or ends the pause (that is the news, not the pause's start).</summary>
    private static bool DatesParentheticalOnly(ReadOnlySpan<char> text, EventCandidate candidate, Mention cue) =>
        ParentheticalAround(text, candidate, cue, out var comma) is var predicate and >= 0
        && (candidate.VerbStart >= predicate || (comma >= candidate.SpanEnd && ClauseText.IsRenewalOrEnd(text, predicate)));

    /// <summary>Whether <paramref name="mention"/> sits in a clause between commas that the
    /// event's verb follows: "gallium exports, banned since December, resumed" (the "since" is
    /// the ban's, not the resumption's).</summary>
    private static bool InParentheticalBeforeVerb(ReadOnlySpan<char> text, EventCandidate candidate, Mention mention) =>
        ParentheticalAround(text, candidate, mention, out _) is var predicate and >= 0 && candidate.VerbStart >= predicate;

    /// <summary>Whether the event reads as a month's trade figures: a fall or rise in exports, or
    /// exports as the subject that stopped or recovered ("gallium exports recovered in October"),
    /// not a verb that stopped or resumed them ("China resumed exports in October"); or a count of
    /// licences that moved ("licences granted for magnet exports rose in October").</summary>
    private static bool IsMonthlyFigure(string type, EventCandidate candidate) =>
        candidate.MonthlyFigure || type is "export_drop" or "export_rise"
        || (type is "shipments_resumed" or "export_suspension" && candidate.VerbStart > candidate.SpanStart);

    /// <summary>Whether <paramref name="mention"/> sits in a clause between commas after the
    /// event's noun and a predicate follows the clause: the event's own verb, or a verb that
    /// renews or ends the event (<see cref="ClauseText.IsRenewalOrEnd"/>).</summary>
    private static bool InParentheticalBeforePredicate(ReadOnlySpan<char> text, EventCandidate candidate, Mention mention) =>
        ParentheticalAround(text, candidate, mention, out _) is var predicate and >= 0
        && (candidate.VerbStart >= predicate || ClauseText.IsRenewalOrEnd(text, predicate));

    /// <summary>Whether the event sits in a clause between commas (or brackets or dashes) that
    /// closes before <paramref name="mention"/>: "the suspension, agreed as part of last year's
    /// truce, has ended".</summary>
    private static bool InParentheticalBefore(ReadOnlySpan<char> text, int sentenceStart, EventCandidate candidate, Mention mention)
    {
        var before = text[sentenceStart..candidate.SpanStart];
        var opener = before.LastIndexOfAny(ClauseText.ParentheticalOpeners);
        return opener >= 0 && ClauseText.ParentheticalEnd(text, sentenceStart + opener) is var end and >= 0
            && end > candidate.SpanEnd && end <= mention.Start;
    }

    /// <summary>Where the sentence goes on after the clause between commas, opened by the first
    /// comma after the event's start, that holds <paramref name="mention"/>; -1 when there is none.</summary>
    private static int ParentheticalAround(ReadOnlySpan<char> text, EventCandidate candidate, Mention mention, out int comma)
    {
        // Past the commas of a list: "the ban on gallium, germanium and antimony sales, agreed in
        // November 2025, expired".
        for (comma = ClauseText.NextParenthetical(text, candidate.SpanStart); comma >= 0 && comma < mention.Start;
            comma = ClauseText.NextParenthetical(text, comma + 1))
        {
            if (ClauseText.ParentheticalEnd(text, comma) is var predicate and >= 0)
            {
                return predicate > mention.End ? predicate : -1;
            }
        }

        comma = -1;
        return -1;
    }

    /// <summary>Whether a time after the event dates a noun that a participle describes, not the
    /// event: "sent its first shipment of rare earths under a minerals deal signed in September"
    /// (the deal was signed then), "lifted the ban imposed in 2023" (relief on a control of that
    /// year), "extended the gallium ban imposed last year" (a tightening of it, as new). Not a participle that describes the event's own noun when the event is that noun
    /// ("a deal signed in September"), nor the event's verb ("exports were halted in March").</summary>
    private static bool DatesAnotherNoun(ReadOnlySpan<char> text, EventCandidate candidate, Mention cue)
    {
        var participle = ClauseText.DescribingParticipleBefore(text, candidate.SpanEnd, cue.Start);
        if (participle < 0)
        {
            return false;
        }

        // Another noun between the event and the participle, or a verb that acts on the noun the
        // participle describes (relief or tightening alike).
        return text[candidate.SpanEnd..participle].Trim().Length > 0
            || (candidate.VerbStart >= 0 && candidate.VerbStart < candidate.SpanEnd - 1 && candidate.Anchor == candidate.VerbStart
                && candidate.VerbStart < participle && IsVerbBeforeNoun(candidate));
    }

    private static bool IsVerbBeforeNoun(EventCandidate candidate) => candidate.VerbStart == candidate.SpanStart;

    private const int NextEventReachChars = 24;

    /// <summary>"Cancelled the general licences issued in June": a participle right after the
    /// event's phrase, which a verb before it acts on, says which licences; its time is theirs.</summary>
    private static bool DescribedRightAfter(ReadOnlySpan<char> text, EventCandidate candidate, Mention cue) =>
        ClauseText.DescribingParticipleBefore(text, candidate.SpanEnd, cue.Start) is var participle and >= 0
        && text[candidate.SpanEnd..participle].Trim().Length == 0;

    /// <summary>Whether <paramref name="gap"/> (an event's noun to a time after it) opens with a
    /// participle that describes the noun, in one clause: " granted to a German supplier in".</summary>
    private static bool ParticipleOpens(ReadOnlySpan<char> gap)
    {
        if (gap.Length < 2 || gap[0] != ' ' || gap.IndexOfAny(',', ';') >= 0)
        {
            return false;
        }

        var word = gap[1..];
        word = word.IndexOf(' ') is var space and >= 0 ? word[..space] : word;
        return ClauseText.IsParticiple(word) && !word.ContainsAnyExceptInRange('a', 'z');
    }

    /// <summary>Whether the text from <paramref name="gapStart"/> to <paramref name="gapEnd"/>
    /// holds only determiners or possessives and material or country words: "since the ban",
    /// "amid Chinese curbs", "despite Beijing's gallium controls".</summary>
    private bool DeterminersOrModifiersOnly(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int from, int to, int gapStart, int gapEnd)
    {
        var at = gapStart;
        for (var k = from; k < to && mentions[k].Start < gapEnd; k++)
        {
            if (mentions[k].Start < gapStart)
            {
                continue;
            }

            if (mentions[k].End > gapEnd || !IsModifier(mentions[k]) || !ClauseText.IsDeterminersOnly(text[at..mentions[k].Start]))
            {
                return false;
            }

            at = mentions[k].End;
        }

        return ClauseText.IsDeterminersOnly(text[at..gapEnd]);
    }

    /// <summary>Whether the mention kept an ending cue among its meanings ("expired", "has not
    /// been renewed"); with <paramref name="lapseOnly"/>, one of lapsing only (not a refusal
    /// before an event, an exclusion or a postponement).</summary>
    private bool IsEndingCue(Mention mention, bool lapseOnly = false)
    {
        var payloads = lexicon.Slots[mention.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if (payloads[p].Kind == MentionKind.Cue && (mention.PayloadMask & (1u << p)) != 0 && (CueKind)payloads[p].Id == CueKind.Ending
                && !(lapseOnly && payloads[p].Arg != 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an ending cue follows the time that ends at <paramref name="timeEnd"/>
    /// closely, in its clause ("… in October has not been renewed"), among the mentions from
    /// <paramref name="m"/> on.</summary>
    private bool EndedRightAfterTime(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int m, int to, int timeEnd)
    {
        for (; m < to && mentions[m].Start - timeEnd <= LapseGapChars; m++)
        {
            if (IsEndingCue(mentions[m]))
            {
                return text[timeEnd..mentions[m].Start].IndexOfAny(',', ';') < 0;
            }
        }

        return false;
    }

    /// <summary>Whether the ending cue <paramref name="cue"/> is the predicate of what ends at
    /// <paramref name="from"/>: close after it, with no clause break or negation between ("the
    /// ban lapsed", "the ban has now expired"; not "the ban has not expired").</summary>
    private static bool EndsAt(ReadOnlySpan<char> text, int from, Mention cue) =>
        cue.Start >= from && cue.Start - from <= LapseGapChars
        && text[from..cue.Start].IndexOfAny(',', ';') < 0
        && !ClauseText.HasNegationWord(text[from..cue.Start]);

    /// <summary>Whether an ending cue among the mentions from <paramref name="m"/> on is the
    /// predicate of what ends at <paramref name="from"/> (<see cref="EndsAt"/>).</summary>
    private bool EndsRightAfter(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int to, int m, int from)
    {
        for (; m < to; m++)
        {
            var mention = mentions[m];
            if (mention.Start < from)
            {
                continue;
            }

            if (mention.Start - from > LapseGapChars)
            {
                return false;
            }

            if (IsEndingCue(mention))
            {
                return EndsAt(text, from, mention);
            }
        }

        return false;
    }

    /// <summary>A control whose verb sits in a clause between commas after its noun: "the gallium
    /// ban, imposed in 2023, expired on Friday". What follows the clause is the control's own
    /// predicate.</summary>
    private static bool ImposedInClauseBetweenCommas(ReadOnlySpan<char> text, EventCandidate candidate, string type) =>
        IsControlType(type) && ParentheticalOfVerb(text, candidate) >= 0;

    /// <summary>"The gallium ban imposed in 2023 expired this week": where the ending cue starts
    /// when the event's verb is a participle right after its control noun and the control ends
    /// in the same clause a little after it (past a time or a short phrase), or -1.</summary>
    private int EndAfterImposingParticiple(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int from, int to, EventCandidate candidate)
    {
        if (candidate.VerbStart <= candidate.SpanStart || candidate.VerbStart < 2 || text[candidate.VerbStart - 1] != ' '
            || !char.IsAsciiLetterLower(text[candidate.VerbStart - 2]))
        {
            return -1;
        }

        var verbEnd = candidate.VerbStart;
        while (verbEnd < text.Length && char.IsAsciiLetterLower(text[verbEnd]))
        {
            verbEnd++;
        }

        if (verbEnd != candidate.SpanEnd || !ClauseText.IsParticiple(text[candidate.VerbStart..verbEnd]))
        {
            return -1;
        }

        for (var m = from; m < to; m++)
        {
            if (mentions[m].Start < verbEnd)
            {
                continue;
            }

            if (IsEndingCue(mentions[m]))
            {
                return EndsAt(text, verbEnd, mentions[m]) ? mentions[m].Start : -1;
            }
        }

        return -1;
    }

    /// <summary>The end of the clause between commas that holds the event's verb ("the gallium
    /// ban, suspended last November, is back in force"), or -1 when its verb is not in one.</summary>
    private static int ParentheticalOfVerb(ReadOnlySpan<char> text, EventCandidate candidate)
    {
        if (candidate.VerbStart <= candidate.SpanStart)
        {
            return -1;
        }

        for (var comma = ClauseText.NextParenthetical(text, candidate.SpanStart); comma >= 0 && comma < candidate.VerbStart;
            comma = ClauseText.NextParenthetical(text, comma + 1))
        {
            if (ClauseText.ParentheticalEnd(text, comma) is var end and >= 0)
            {
                return end > candidate.VerbStart ? end : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a material word sits in the event's own clause: before it with no
    /// clause break between, inside its span, or after it with none ("exports of gallium", not
    /// "exports as gallium prices rose").</summary>
    private bool MaterialInClause(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int from, int to, EventCandidate candidate)
    {
        for (var m = from; m < to; m++)
        {
            var mention = mentions[m];
            if (!IsMaterial(mention))
            {
                continue;
            }

            var inClause = mention.End <= candidate.SpanStart
                ? !ClauseText.SeparatesClauses(text[mention.End..candidate.SpanStart], nounAfterVerb: false)
                : mention.Start < candidate.SpanEnd || !ClauseText.SeparatesClauses(text[candidate.SpanEnd..mention.Start], nounAfterVerb: true);
            if (inClause)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the noun at <paramref name="start"/>, past its material and country words,
    /// follows "the", "this", "that", "these" or "those": "the gallium ban", "that antimony export
    /// ban" (not "the new rules").</summary>
    private bool NamedAsKnown(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int from, int start)
    {
        var k = from;
        while (k < mentions.Count && mentions[k].Start < start)
        {
            k++;
        }

        // "The new rules": new, whatever comes before.
        if (k >= mentions.Count || text[mentions[k].Start..].StartsWith("new ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var first = k;
        while (first - 1 >= from && IsModifier(mentions[first - 1]) && text[mentions[first - 1].End..mentions[first].Start] is " ")
        {
            first--;
        }

        // The determiner may be the mention's own first word ("the controls on gallium").
        var before = text[..mentions[first].Start].TrimEnd();
        var own = text[mentions[first].Start..mentions[k].End];
        foreach (var determiner in KnownDeterminers)
        {
            if (ClauseText.EndsWithWord(before, determiner)
                || (own.StartsWith(determiner, StringComparison.OrdinalIgnoreCase) && own.Length > determiner.Length && own[determiner.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] KnownDeterminers = ["the", "this", "that", "these", "those"];

    private bool IsCountry(Mention mention) => HasKind(mention, MentionKind.Country);

    private bool IsMaterial(Mention mention) => HasKind(mention, MentionKind.Material);

    /// <summary>Whether one of the meanings the mention kept (after the case checks) is of this kind.</summary>
    private bool HasKind(Mention mention, MentionKind kind)
    {
        var payloads = lexicon.Slots[mention.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if (payloads[p].Kind == kind && (mention.PayloadMask & (1u << p)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsControlType(string type) =>
        type is "export_control" or "export_ban" or "licence_requirement" or "export_suspension";

    /// <summary>Whether the country named last before the verb, in its clause and with no
    /// reporting verb between ("US officials said exports had stopped" reports, it does not
    /// act), is the United States alone: "The US Commerce Department restricted …",
    /// "Washington tightened …".</summary>
    private bool UnitedStatesActs(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int from, int verbStart)
    {
        for (var m = from; m < mentions.Count && mentions[m].End <= verbStart; m++)
        {
            var mention = mentions[m];
            var payloads = lexicon.Slots[mention.Slot];
            for (var p = 0; p < payloads.Length; p++)
            {
                if ((mention.PayloadMask & (1u << p)) == 0)
                {
                    continue;
                }

                if (payloads[p].Kind == MentionKind.Country && payloads[p].Id == lexicon.UnitedStatesIndex
                    && IsActor(text, mentions, m, verbStart))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a government other than China's imposes the control: a country before
    /// its verb as the actor ("Washington banned imports of Chinese gallium"), or, for a control
    /// named alone, right before it ("a US ban on Chinese magnets", "the EU's ban").</summary>
    private bool OtherGovernmentActs(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int from, EventCandidate candidate)
    {
        for (var m = from; m < mentions.Count && mentions[m].End <= candidate.SpanStart; m++)
        {
            if (!IsCountry(mentions[m]) || IsChina(mentions[m]))
            {
                continue;
            }

            if (candidate.VerbStart >= 0 && IsActor(text, mentions, m, candidate.VerbStart))
            {
                return true;
            }

            // The country's own control noun, before its verb or alone: "a US ban on Chinese
            // magnets takes effect". A verb that found no trade noun to pair with is named alone
            // too: "the United States will ban Chinese magnets"; and so is a control a country
            // weighs: "the US is considering a ban on Chinese magnets".
            // (Not a word of trade: "US imports of antimony from China have ground to a halt"
            // tells what happened to the trade, which no one banned.)
            var between = text[mentions[m].End..candidate.SpanStart];
            if (candidate.VerbStart != candidate.SpanStart && !FlowNounAt(mentions, m + 1, candidate.SpanStart)
                && (between is " " || ClauseText.IsDeterminersOrPossessive(between)
                    || (candidate.VerbStart < 0 && ClauseText.FollowsModal(text, candidate.SpanStart) && between.Trim(' ').IndexOf(' ') < 0)
                    || (candidate.VerbStart < 0 && WeighsBetween(text, mentions, m, candidate.SpanStart))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the mention at <paramref name="at"/> (looked for from <paramref name="m"/>)
    /// is a word of trade.</summary>
    private bool FlowNounAt(GrowBuffer<Mention> mentions, int m, int at)
    {
        for (; m < mentions.Count && mentions[m].Start <= at; m++)
        {
            if (mentions[m].Start == at)
            {
                return IsFlowNoun(mentions[m]);
            }
        }

        return false;
    }

    /// <summary>Whether only words of the country's own clause, and no word the lexicon reads but
    /// cues, come between the country at <paramref name="country"/> and a control noun at
    /// <paramref name="at"/>: "the US is considering a ban", "Washington plans a ban".</summary>
    private bool WeighsBetween(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int country, int at)
    {
        var between = text[mentions[country].End..at];
        if (between.Length > 40 || between.IndexOfAny(',', ';') >= 0 || between.Contains(" and ", StringComparison.Ordinal)
            || ClauseText.FollowsObjectPreposition(text, mentions[country].Start))
        {
            return false;
        }

        for (var k = country + 1; k < mentions.Count && mentions[k].Start < at; k++)
        {
            if (!HasOnlyKind(mentions[k], MentionKind.Cue))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every meaning the mention kept is of this kind.</summary>
    private bool HasOnlyKind(Mention mention, MentionKind kind)
    {
        var payloads = lexicon.Slots[mention.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if ((mention.PayloadMask & (1u << p)) != 0 && payloads[p].Kind != kind)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the control's object is goods from China: "Chinese" right before a
    /// material or trade word after the control's start ("imports of Chinese gallium", "Chinese-made
    /// magnets"), or China after "from" or "made in" ("magnets made in China").</summary>
    private bool ChineseGoodsAfter(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, EventCandidate candidate, int from, int to)
    {
        var after = candidate.SpanStart;
        for (var m = from; m < to; m++)
        {
            var mention = mentions[m];
            if (mention.Start <= after || mention.Start - after > ChineseGoodsReachChars || !IsChina(mention))
            {
                continue;
            }

            var next = m + 1 < to ? m + 1 : -1;
            if (next >= 0 && (IsMaterial(mentions[next]) || IsFlowNoun(mentions[next]))
                && text[mention.End..mentions[next].Start] is " " or "-made " or " made ")
            {
                return true;
            }

            var before = text[..mention.Start];
            if (before.EndsWith(" from ", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" made in ", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private const int ChineseGoodsReachChars = 70;

    private bool IsChina(Mention mention)
    {
        var payloads = lexicon.Slots[mention.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if ((mention.PayloadMask & (1u << p)) != 0 && payloads[p].Kind == MentionKind.Country && payloads[p].Id == lexicon.ChinaIndex)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether China is named in the sentence other than as what others depend on:
    /// "to reduce reliance on China", "alternatives to Chinese supply" do not make it a party.</summary>
    private bool ChinaNamedAsParty(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int from, int to)
    {
        for (var m = from; m < to; m++)
        {
            var mention = mentions[m];
            var payloads = lexicon.Slots[mention.Slot];
            for (var p = 0; p < payloads.Length; p++)
            {
                if ((mention.PayloadMask & (1u << p)) != 0 && payloads[p].Kind == MentionKind.Country && payloads[p].Id == lexicon.ChinaIndex
                    && !ClauseText.EndsWithDependence(text[..mention.Start]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsActor(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int country, int verbStart)
    {
        var between = text[mentions[country].End..verbStart];
        if (between.Length > 40 || between.IndexOfAny(',', ';') >= 0 || between.Contains(" and ", StringComparison.Ordinal))
        {
            return false;
        }

        // Not the object of a preposition: "the ban on sales to US buyers applies again".
        if (ClauseText.FollowsObjectPreposition(text, mentions[country].Start))
        {
            return false;
        }

        // Nothing between but words the lexicon does not know: no other country, noun or cue.
        return country + 1 >= mentions.Count || mentions[country + 1].Start >= verbStart;
    }

    /// <summary>A time cue on the far side of another event of the opposite direction dates that
    /// event ("restarted lines that were idled in May"); one of the same direction shares the
    /// time frame ("the April decision to suspend exports upended supply chains").</summary>
    /// <summary>How much further a time that closes another event's clause counts (see
    /// <see cref="ClosesEarlierEvent"/>): enough for any time in the event's own clause to win.</summary>
    private const int ClosedTimePenaltyChars = 200;

    /// <summary>Whether the time <paramref name="cue"/>, before the event at <paramref name="index"/>,
    /// follows another event of the sentence and only a coordinator comes between it and this
    /// event's span: "imposed controls on graphite in 2023 and tightened them".</summary>
    private static bool ClosesEarlierEvent(ReadOnlySpan<char> text, GrowBuffer<EventCandidate> candidates, int index, Mention cue)
    {
        var self = candidates[index];
        if (!ClauseText.IsCoordinatorGap(text[cue.End..self.SpanStart]))
        {
            return false;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (i != index && candidates[i].SpanEnd <= cue.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the time <paramref name="cue"/>, before the event at <paramref name="index"/>,
    /// ends another event's clause and a comma and a coordinator then open this event's clause
    /// with a subject of its own: "have received no permits since October, and germanium prices
    /// have climbed to records". The time is the other clause's only.</summary>
    private static bool EndsClauseBeforeNewSubject(ReadOnlySpan<char> text, GrowBuffer<EventCandidate> candidates, int index, Mention cue)
    {
        var self = candidates[index];
        if (!ClauseText.IsCommaCoordinatorBeforeSubject(text[cue.End..self.SpanStart]))
        {
            return false;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (i != index && candidates[i].SpanEnd <= cue.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool BelongsToOtherEvent(GrowBuffer<EventCandidate> candidates, int index, Mention cue)
    {
        var self = candidates[index];
        for (var i = 0; i < candidates.Count; i++)
        {
            var other = candidates[i];
            if (i == index || other.Direction == self.Direction)
            {
                continue;
            }

            var between = cue.Start >= self.SpanEnd
                ? other.Anchor >= self.SpanEnd && other.Anchor < cue.Start
                : other.Anchor >= cue.End && other.Anchor < self.SpanStart;
            if (between)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Another event of the sentence has its verb at or after <paramref name="position"/>.</summary>
    private static bool OtherVerbFrom(GrowBuffer<EventCandidate> candidates, int index, int position)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (i != index && candidates[i].VerbStart >= position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Another event of the sentence ends before <paramref name="position"/>.</summary>
    private static bool OtherEventBefore(GrowBuffer<EventCandidate> candidates, int index, int position)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (i != index && candidates[i].SpanEnd <= position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Another event of the sentence sits between this one and a cue after it
    /// ("imposed new curbs on gallium, while its graphite controls remain in place").</summary>
    private static bool OtherEventBetween(GrowBuffer<EventCandidate> candidates, int index, int cueStart)
    {
        var self = candidates[index];
        for (var i = 0; i < candidates.Count; i++)
        {
            var other = candidates[i];
            if (i != index && other.SpanStart > self.SpanEnd && other.Anchor < cueStart)
            {
                return true;
            }
        }

        return false;
    }

    private bool FollowsFutureMarker(GrowBuffer<Mention> mentions, int from, int monthMention)
    {
        if (monthMention == from)
        {
            return false;
        }

        var before = mentions[monthMention - 1];
        if (mentions[monthMention].Start - before.End > 2)
        {
            return false;
        }

        var payloads = lexicon.Slots[before.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if (payloads[p].Kind == MentionKind.Cue && (CueKind)payloads[p].Id == CueKind.FutureAdjacent)
            {
                return true;
            }
        }

        return false;
    }
}
