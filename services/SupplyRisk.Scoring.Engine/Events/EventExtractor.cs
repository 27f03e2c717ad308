using System.Numerics;
using SupplyRisk.Scoring.Engine.Lexicon;
using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>Turns mentions into events, sentence by sentence. An event is a verb paired with
/// the nearest noun it has a rule for ("granted … licences", "exports … halted"), a phrase
/// ("shortage", "truce") or a control noun on its own ("export ban"). It needs a material in
/// its sentence, or (for supply-specific wording) in a neighbouring sentence. Negation cancels
/// or flips it, hedges and reported speech lower its confidence, and the nearest time cue says
/// whether it is background or new. Repeated sentences (title echoed in the body, doubled
/// captions) count once; promo and caption lines are skipped.</summary>
internal sealed partial class EventExtractor(ScoringLexicon lexicon)
{
    private readonly ScaleSettings _scale = lexicon.Scale;

    /// <summary>Whether the hedge at mention <paramref name="m"/> is "would" right before a verb
    /// of running out, with at most "be", "only" or "soon" between ("would be exhausted by
    /// January", "would soon run out").</summary>
    private bool WouldBeforeDepletion(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int m, int sentenceEnd)
    {
        var would = mentions[m];
        if (m + 1 >= mentions.Count || mentions[m + 1].Start >= sentenceEnd
            || (mentions[m + 1].Traits & MentionTraits.DepleteVerb) == 0
            || !text[would.Start..would.End].Equals("would", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return ClauseText.IsLeadInToDepletion(text[would.End..mentions[m + 1].Start]);
    }

    internal void Extract(
        ReadOnlySpan<char> text,
        int titleEnd,
        DateTimeOffset published,
        ScoringScratch scratch,
        List<ExtractedEvent> events)
    {
        var sentences = scratch.Sentences;
        var mentions = scratch.Mentions;
        var facts = scratch.PrepareFacts(sentences.Count, mentions.Count);
        scratch.Hedges.Clear();
        var articleIrrelevant = GatherFacts(text, sentences, mentions, facts, scratch.Hedges);
        var articleMaterials = 0UL;
        for (var s = 0; s < sentences.Count; s++)
        {
            if ((facts[s].Flags & SentenceFlags.Skipped) == 0)
            {
                articleMaterials |= facts[s].Materials | (articleIrrelevant ? 0 : facts[s].AmbiguousMaterials);
            }
        }

        if (articleMaterials == 0)
        {
            return;
        }

        // A story that names a single material (general words such as "critical minerals" aside)
        // is about it throughout: a sentence whose neighbours name none may still take it.
        var specific = articleMaterials & ~lexicon.GenericMaterials;
        var storyMaterial = BitOperations.PopCount(specific) == 1 ? specific : 0UL;

        // "Explainer: what the new rules mean", "Timeline: ...", "Opinion: ...": a piece that
        // explains or comments on news tells of it again; its events are background.
        var explains = titleEnd > 0 && ClauseText.IsExplainerTitle(text[..titleEnd]);
        scratch.EventSentences.Clear();
        Span<int> breakStarts = stackalloc int[8];
        Span<int> breakEnds = stackalloc int[8];
        for (var s = 0; s < sentences.Count; s++)
        {
            ref var f = ref facts[s];
            if ((f.Flags & (SentenceFlags.EventWords | SentenceFlags.Skipped)) != SentenceFlags.EventWords)
            {
                continue;
            }

            var sentence = sentences[s];
            if (IsRepeat(text, sentence, scratch.EventSentences))
            {
                continue;
            }

            BuildCandidates(text, sentence, f, scratch);
            if (scratch.Candidates.Count == 0)
            {
                continue;
            }

            scratch.EventSentences.Add(sentence);
            var before = events.Count;
            var earlier = 0UL;
            var borrowable = sentence.End <= titleEnd ? articleMaterials : Neighbours(facts, s, sentences.Count, articleIrrelevant, out earlier);
            if (borrowable == 0)
            {
                borrowable = storyMaterial;
            }
            // Contrasts that may part the events of the sentence, or an event from a clause that
            // only speculates (looked for once, and only when there are two materials to share out).
            var breaks = (scratch.Candidates.Count > 1 || (scratch.Candidates.Count == 1 && f.HedgeTo > f.HedgeFrom))
                && BitOperations.PopCount(f.Materials | f.AmbiguousMaterials) > 1
                ? ClauseText.ClauseBreaks(text, sentence.Start, sentence.End, breakStarts, breakEnds) : 0;
            for (var c = 0; c < scratch.Candidates.Count; c++)
            {
                var clause = breaks > 0 ? ClauseMaterials(text, sentence, f, mentions, scratch.Candidates, c, breakStarts[..breaks], breakEnds[..breaks], scratch.Hedges) : 0;
                var ev = Evaluate(text, sentence, f, c, scratch.Candidates, new BorrowableMaterials(borrowable, earlier, sentence.End <= titleEnd, clause), articleIrrelevant, published, mentions, scratch.Hedges);
                if (ev is not null)
                {
                    AddOncePerType(events, before, explains ? AsBackground(ev) : ev);
                }
            }
        }
    }

    private bool GatherFacts(ReadOnlySpan<char> text, GrowBuffer<SentenceSpan> sentences, GrowBuffer<Mention> mentions, SentenceFacts[] facts, GrowBuffer<HedgeMark> hedges)
    {
        var irrelevant = false;
        var m = 0;
        Span<int> skippedLines = stackalloc int[8];
        var skippedCount = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            ref var f = ref facts[s];
            f = default;
            while (m < mentions.Count && mentions[m].Start < sentence.Start)
            {
                m++;
            }

            f.MentionFrom = m;
            f.HedgeFrom = f.HedgeTo = hedges.Count;
            var titleCase = -1; // not looked at yet
            while (m < mentions.Count && mentions[m].Start < sentence.End)
            {
                var mention = mentions[m];
                var payloads = lexicon.Slots[mention.Slot];
                uint verbBits;
                if (char.IsAsciiLetterUpper(text[mention.Start])
                    && (verbBits = VerbBits(payloads) & mention.PayloadMask) != 0
                    && (!ClauseText.StartsClause(text, sentence.Start, mention.Start) || ClauseText.NextWordCapitalised(text, mention.End, sentence.End)))
                {
                    // "Analysts at Rise Capital", "Block Energy holds a stake in a graphite mine":
                    // a capitalised word inside a sentence written in sentence case is a name,
                    // not a verb, and so is one that opens the sentence and is followed by
                    // another capitalised word. Headlines in title case ("China Halts Gallium
                    // Exports") keep their verbs.
                    if (titleCase < 0)
                    {
                        titleCase = ClauseText.IsTitleCase(text[sentence.Start..sentence.End]) ? 1 : 0;
                    }

                    if (titleCase == 0)
                    {
                        var mask = mention.PayloadMask & ~verbBits;
                        mention = mention with { PayloadMask = mask, Traits = lexicon.Traits.Of(mention.Slot, mask) };
                        mentions[m] = mention;
                    }
                }

                var contrasted = -1; // not looked at yet
                for (var p = 0; p < payloads.Length; p++)
                {
                    if ((mention.PayloadMask & (1u << p)) == 0)
                    {
                        continue;
                    }

                    if (payloads[p].Kind == MentionKind.Material)
                    {
                        // "A shortage of chips, not magnets": a material set aside is not one
                        // the sentence is about.
                        if (contrasted < 0)
                        {
                            contrasted = ClauseText.IsContrastedAway(text, sentence.Start, mention.Start) ? 1 : 0;
                        }

                        if (contrasted == 1)
                        {
                            continue;
                        }

                        // "Carmakers have six weeks of dysprosium left": stores told by how long
                        // they last are an event with no event word (AddStoresLeft).
                        if (StartsWithLeft(text[mention.End..sentence.End]) || EndsWithEnough(text[sentence.Start..mention.Start]))
                        {
                            f.Flags |= SentenceFlags.EventWords | SentenceFlags.Stores;
                        }
                    }
                    else if (payloads[p].Kind == MentionKind.Noun && lexicon.NounGroups[payloads[p].Id].Class == NounClass.Stock)
                    {
                        f.Flags |= SentenceFlags.Stores;
                    }

                    // "China said on Thursday it would keep the pause": "would" after a reporting
                    // verb and the sayer's own pronoun is "will" told in reported speech, not a hedge.
                    // Nor is Beijing's own "asked": "China asked its rare earth firms to stop signing
                    // export contracts" is an instruction.
                    // Nor is "would" before a verb of running out: "its stocks would run out by
                    // March" tells how long what is held lasts, which is known now.
                    // Nor is the market's demand: "as demand recovered, prices rose".
                    if (payloads[p].Kind == MentionKind.Cue && (CueKind)payloads[p].Id == CueKind.Hedge)
                    {
                        if (ClauseText.IsReportedWill(text, sentence.Start, mention.Start, mention.End)
                            || ClauseText.IsMarketDemand(text, mention.Start, mention.End)
                            || ClauseText.IsBeijingInstruction(text, sentence.Start, mention.Start, mention.End)
                            || WouldBeforeDepletion(text, mentions, m, sentence.End))
                        {
                            continue;
                        }

                        MarkHedge(text, mention, payloads[p].Arg, ref f, hedges);
                        continue;
                    }

                    Note(ref f, payloads[p], ref irrelevant);
                }

                // "China's largest magnet plant halted production": the plant names the material.
                if (contrasted != 1)
                {
                    var implied = lexicon.ImpliedMaterials[mention.Slot];
                    f.Materials |= implied.Definite;
                    f.AmbiguousMaterials |= implied.Ambiguous;
                }

                // A control named, or a ban or restriction told by its verb ("China banned gallium
                // exports in 2024. It was lifted on Wednesday").
                if (IsControlNoun(mention) || (mention.Traits & MentionTraits.ControlVerb) != 0)
                {
                    f.Flags |= SentenceFlags.NamesControl;
                }

                m++;
            }

            f.MentionTo = m;
            if (ClauseText.IsQuestion(text[sentence.Start..sentence.End]))
            {
                // "Will China halt rare earth exports again?" asks; it does not report.
                f.Flags |= SentenceFlags.Hedge;
                hedges.Add(new HedgeMark(sentence.Start, sentence.Start, HedgeReach.Sentence));
                f.HedgeTo = hedges.Count;
            }

            if ((f.Flags & SentenceFlags.PromoOrCaption) != 0 && skippedCount < skippedLines.Length)
            {
                skippedLines[skippedCount++] = sentence.Line;
            }
        }

        var controlBefore = false;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (skippedLines[..skippedCount].Contains(sentences[s].Line))
            {
                facts[s].Flags |= SentenceFlags.Skipped;
                continue;
            }

            if (controlBefore)
            {
                facts[s].Flags |= SentenceFlags.ControlBefore;
            }

            controlBefore = (facts[s].Flags & SentenceFlags.NamesControl) != 0;
        }

        return irrelevant;
    }

    private bool IsFlowNoun(Mention mention) => (mention.Traits & MentionTraits.FlowNoun) != 0;

    private bool IsRisingTradePhrase(Mention mention) => (mention.Traits & MentionTraits.RisingTradePhrase) != 0;

    private bool ControlNounBefore(GrowBuffer<Mention> mentions, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsControlNoun(mentions[k]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsControlNoun(Mention mention) => (mention.Traits & MentionTraits.ControlNoun) != 0;

    private bool IsLicenceNoun(Mention mention) => (mention.Traits & MentionTraits.LicenceNoun) != 0;

    private bool IsWaitNoun(Mention mention) => (mention.Traits & MentionTraits.WaitNoun) != 0;

    private bool IsLeadTimeNoun(Mention mention) => (mention.Traits & MentionTraits.LeadTimeNoun) != 0;

    /// <summary>A mine, a plant or a project: a site that produces.</summary>
    private bool IsSiteNoun(Mention mention) => (mention.Traits & MentionTraits.SiteNoun) != 0;

    /// <summary>A word read as a verb that could be a noun as well ("ban", "curb").</summary>
    private bool IsVerbAndNoun(Mention mention) =>
        (mention.Traits & MentionTraits.Noun) != 0 && (mention.Traits & MentionTraits.Verb) != 0;

    /// <summary>A material or country word and nothing else: it qualifies a noun ("gallium
    /// exports", "Chinese shipments") rather than standing between a verb and its object.</summary>
    private bool IsModifier(Mention mention)
    {
        var payloads = lexicon.Slots[mention.Slot];
        var modifier = false;
        for (var p = 0; p < payloads.Length; p++)
        {
            if ((mention.PayloadMask & (1u << p)) == 0)
            {
                continue;
            }

            if (payloads[p].Kind is not (MentionKind.Material or MentionKind.Country))
            {
                return false;
            }

            modifier = true;
        }

        return modifier;
    }

    private ExtractedEvent AsBackground(ExtractedEvent ev) => ev.Background ? ev : new ExtractedEvent
    {
        Type = ev.Type,
        Direction = ev.Direction,
        Base = ev.Base,
        Confidence = ev.Confidence,
        Background = true,
        BorrowedMaterials = ev.BorrowedMaterials,
        Materials = ev.Materials,
        Countries = ev.Countries,
        NamedSectors = ev.NamedSectors,
        OnlyNamedSectors = ev.OnlyNamedSectors,
        SentenceStart = ev.SentenceStart,
        SentenceEnd = ev.SentenceEnd,
        Magnitude = ev.Base * ev.Confidence * _scale.BackgroundWeight,
    };

    private static bool IsGrant(string type) => type is "export_licence_granted" or "shipments_approved";

    private static uint VerbBits(Payload[] payloads)
    {
        uint bits = 0;
        for (var p = 0; p < payloads.Length; p++)
        {
            if (payloads[p].Kind == MentionKind.Verb)
            {
                bits |= 1u << p;
            }
        }

        return bits;
    }

    private static void Note(ref SentenceFacts f, Payload payload, ref bool irrelevant)
    {
        switch (payload.Kind)
        {
            case MentionKind.Material when payload.Arg == 1:
                f.AmbiguousMaterials |= 1UL << payload.Id;
                break;
            case MentionKind.Material:
                f.Materials |= 1UL << payload.Id;
                break;
            case MentionKind.Country:
                f.Countries |= 1UL << payload.Id;
                break;
            case MentionKind.Sector:
                f.Sectors |= 1 << payload.Id;
                break;
            case MentionKind.Noun or MentionKind.Verb or MentionKind.Phrase:
                f.Flags |= SentenceFlags.EventWords;
                break;
            case MentionKind.Cue:
                switch ((CueKind)payload.Id)
                {
                    case CueKind.Reported:
                        f.Flags |= SentenceFlags.Reported;
                        break;
                    case CueKind.Descriptive:
                        f.Flags |= SentenceFlags.Descriptive;
                        break;
                    case CueKind.FutureSentence:
                        f.Flags |= SentenceFlags.FutureTense;
                        break;
                    case CueKind.Promo or CueKind.Caption:
                        f.Flags |= SentenceFlags.PromoOrCaption;
                        break;
                    case CueKind.Irrelevant:
                        irrelevant = true;
                        break;
                }

                break;
        }
    }

    /// <summary>Notes a hedge word of the sentence with how far it reaches. One inside what a worry
    /// before it is about (no comma between) reaches no further back than the worry does: in
    /// "prices jumped on fears that China would halt exports" the halt is doubted, not the jump.</summary>
    private static void MarkHedge(ReadOnlySpan<char> text, Mention mention, int arg, ref SentenceFacts f, GrowBuffer<HedgeMark> hedges)
    {
        for (var i = f.HedgeFrom; i < f.HedgeTo; i++)
        {
            if (hedges[i].Reach == HedgeReach.AfterIt && text[hedges[i].End..mention.Start].IndexOfAny(',', ';') < 0)
            {
                return;
            }
        }

        var reach = arg switch
        {
            1 => HedgeReach.Sentence,
            2 => ClauseText.ReachOfWorry(text, mention.Start, mention.End),
            _ => HedgeReach.Clause,
        };
        if (reach == HedgeReach.None)
        {
            return;
        }

        hedges.Add(new HedgeMark(mention.Start, mention.End, reach));
        f.HedgeTo = hedges.Count;
        if (reach != HedgeReach.AfterIt)
        {
            f.Flags |= SentenceFlags.Hedge;
        }
    }

    private static bool IsRepeat(ReadOnlySpan<char> text, SentenceSpan sentence, GrowBuffer<SentenceSpan> seen)
    {
        var current = text[sentence.Start..sentence.End];
        for (var i = 0; i < seen.Count; i++)
        {
            var earlier = seen[i];
            if (earlier.End - earlier.Start == current.Length && text[earlier.Start..earlier.End].SequenceEqual(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the break is a comma and "and" that may close a list rather than open a
    /// clause: it parts clauses only when it is the sentence's first comma and the event after it
    /// has its own verb, with no comma between ("rose, and germanium shipments were halted"; not
    /// "gallium, germanium, and antimony, and prices rose", nor a list of controls that ends "and
    /// the measures on graphite", nor one of what a subject does: "takes stock, sets a floor, and
    /// commits to buy magnets").</summary>
    private static bool ListEndBefore(ReadOnlySpan<char> text, int sentenceStart, int breakStart, int breakEnd, EventCandidate later) =>
        ClauseText.IsCommaAnd(text, breakStart)
        && (later.VerbStart < breakEnd || text[breakEnd..later.SpanStart].IndexOf(',') >= 0 || text[sentenceStart..breakStart].IndexOf(',') >= 0);

    /// <summary>"Exports of gallium fell while germanium shipments rose": when a contrast
    /// (<see cref="ClauseText.ClauseBreaks"/>) parts the event at <paramref name="index"/> from
    /// another event of its sentence, the materials named on its own side of it (0 when none are,
    /// or nothing parts them), so that each event keeps its own material.</summary>
    private ulong ClauseMaterials(ReadOnlySpan<char> text, SentenceSpan sentence, in SentenceFacts f, GrowBuffer<Mention> mentions,
        GrowBuffer<EventCandidate> candidates, int index, ReadOnlySpan<int> breakStarts, ReadOnlySpan<int> breakEnds, GrowBuffer<HedgeMark> hedges)
    {
        var own = candidates[index];
        var start = sentence.Start;
        var end = sentence.End;
        for (var o = 0; o < candidates.Count; o++)
        {
            var other = candidates[o];
            for (var b = 0; b < breakStarts.Length; b++)
            {
                // The first contrast between this event and a later one, the last between an earlier one and this.
                if (other.SpanStart >= own.SpanEnd && breakStarts[b] >= own.SpanEnd && breakEnds[b] <= other.SpanStart
                    && !ListEndBefore(text, sentence.Start, breakStarts[b], breakEnds[b], other))
                {
                    end = Math.Min(end, breakStarts[b]);
                }
                else if (other.SpanEnd <= own.SpanStart && breakStarts[b] >= other.SpanEnd && breakEnds[b] <= own.SpanStart
                    && !ListEndBefore(text, sentence.Start, breakStarts[b], breakEnds[b], own))
                {
                    start = Math.Max(start, breakEnds[b]);
                }
            }
        }

        // "China halted antimony exports, and analysts warned that graphite could be next": a
        // clause beyond a contrast that only speculates, with a hedge and no event of its own,
        // lends its materials to none.
        for (var b = 0; b < breakStarts.Length; b++)
        {
            if (breakStarts[b] >= own.SpanEnd && breakStarts[b] < end && !AnyCandidateFrom(candidates, breakEnds[b])
                && HedgeBetween(f, hedges, breakEnds[b], sentence.End) && !IsListCommaBreak(text, f, mentions, breakStarts[b]))
            {
                end = breakStarts[b];
            }
            else if (breakEnds[b] <= own.SpanStart && breakEnds[b] > start && !AnyCandidateUpTo(candidates, breakStarts[b])
                && HedgeBetween(f, hedges, sentence.Start, breakStarts[b]) && !IsListCommaBreak(text, f, mentions, breakStarts[b]))
            {
                start = breakEnds[b];
            }
        }

        if (start == sentence.Start && end == sentence.End)
        {
            return 0;
        }

        ulong bits = 0;
        for (var m = f.MentionFrom; m < f.MentionTo; m++)
        {
            var mention = mentions[m];
            if (mention.Start < start || mention.End > end)
            {
                continue;
            }

            var payloads = lexicon.Slots[mention.Slot];
            for (var p = 0; p < payloads.Length; p++)
            {
                if (payloads[p].Kind == MentionKind.Material && (mention.PayloadMask & (1u << p)) != 0)
                {
                    bits |= 1UL << payloads[p].Id;
                }
            }

            var implied = lexicon.ImpliedMaterials[mention.Slot];
            bits |= implied.Definite | implied.Ambiguous;
        }

        // Only what the sentence itself counts (a material set aside by "rather than" stays out).
        return bits & (f.Materials | f.AmbiguousMaterials);
    }

    private static bool HedgeBetween(in SentenceFacts f, GrowBuffer<HedgeMark> hedges, int from, int to)
    {
        for (var i = f.HedgeFrom; i < f.HedgeTo; i++)
        {
            if (hedges[i].Start >= from && hedges[i].End <= to)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyCandidateFrom(GrowBuffer<EventCandidate> candidates, int from)
    {
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].SpanStart >= from)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyCandidateUpTo(GrowBuffer<EventCandidate> candidates, int to)
    {
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].SpanEnd <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the clause break at <paramref name="at"/> is the comma and "and" that
    /// closes a list of materials or countries ("gallium, germanium, and antimony").</summary>
    private bool IsListCommaBreak(ReadOnlySpan<char> text, in SentenceFacts f, GrowBuffer<Mention> mentions, int at) =>
        ClauseText.IsCommaAnd(text, at) && IsListComma(mentions, at, f.MentionFrom, f.MentionTo);

    /// <summary>The materials of the sentences on either side of sentence <paramref name="s"/>;
    /// <paramref name="earlier"/> gets those of the one before when it reads as an event (the
    /// antecedent of "that ban").</summary>
    private static ulong Neighbours(SentenceFacts[] facts, int s, int count, bool irrelevant, out ulong earlier)
    {
        ulong found = 0;
        earlier = 0;
        for (var i = s - 1; i >= 0; i--)
        {
            if ((facts[i].Flags & SentenceFlags.Skipped) == 0)
            {
                found |= facts[i].Materials | (irrelevant ? 0 : facts[i].AmbiguousMaterials);
                earlier = (facts[i].Flags & SentenceFlags.EventWords) != 0 ? found : 0;
                break;
            }
        }

        for (var i = s + 1; i < count; i++)
        {
            if ((facts[i].Flags & SentenceFlags.Skipped) == 0)
            {
                found |= facts[i].Materials | (irrelevant ? 0 : facts[i].AmbiguousMaterials);
                break;
            }
        }

        return found;
    }

    /// <summary>One event per type per sentence: the strongest reading wins.</summary>
    private static void AddOncePerType(List<ExtractedEvent> events, int sentenceFirst, ExtractedEvent ev)
    {
        for (var i = sentenceFirst; i < events.Count; i++)
        {
            if (events[i].Type == ev.Type)
            {
                if (ev.Magnitude > events[i].Magnitude)
                {
                    events[i] = ev;
                }

                return;
            }
        }

        events.Add(ev);
    }
}
