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
internal sealed class EventExtractor(ScoringLexicon lexicon)
{
    private readonly ScaleSettings _scale = lexicon.Scale;

    // Per trie slot, which of its payloads are nouns, and nouns of the flow and control classes
    // (bit p for payload p, as in a mention's PayloadMask): the pairing loops ask these of every
    // mention of every sentence.
    private readonly uint[] _nounBits = NounBits(lexicon, _ => true);
    private readonly uint[] _flowNounBits = NounBits(lexicon, c => c == NounClass.Flow);
    private readonly uint[] _controlNounBits = NounBits(lexicon, c => c == NounClass.Control);
    private readonly uint[] _ruleNounBits = NounBits(lexicon, c => c is NounClass.Control or NounClass.Licence);
    private readonly uint[] _verbBits = [.. lexicon.Slots.Select(VerbBits)];

    private static uint[] NounBits(ScoringLexicon lexicon, Func<NounClass, bool> wanted)
    {
        var bits = new uint[lexicon.Slots.Length];
        for (var slot = 0; slot < bits.Length; slot++)
        {
            var payloads = lexicon.Slots[slot];
            for (var p = 0; p < payloads.Length; p++)
            {
                if (payloads[p].Kind == MentionKind.Noun && wanted(lexicon.NounGroups[payloads[p].Id].Class))
                {
                    bits[slot] |= 1u << p;
                }
            }
        }

        return bits;
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
        var articleIrrelevant = GatherFacts(text, sentences, mentions, facts);
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

        scratch.EventSentences.Clear();
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

            BuildCandidates(text, f, scratch);
            if (scratch.Candidates.Count == 0)
            {
                continue;
            }

            scratch.EventSentences.Add(sentence);
            var before = events.Count;
            var borrowable = sentence.End <= titleEnd ? articleMaterials : Neighbours(facts, s, sentences.Count, articleIrrelevant);
            for (var c = 0; c < scratch.Candidates.Count; c++)
            {
                var ev = Evaluate(text, sentence, f, c, scratch.Candidates, borrowable, articleIrrelevant, published, mentions);
                if (ev is not null)
                {
                    AddOncePerType(events, before, ev);
                }
            }
        }
    }

    private bool GatherFacts(ReadOnlySpan<char> text, GrowBuffer<SentenceSpan> sentences, GrowBuffer<Mention> mentions, SentenceFacts[] facts)
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
                        mention = mention with { PayloadMask = mention.PayloadMask & ~verbBits };
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

                m++;
            }

            f.MentionTo = m;
            if (ClauseText.IsQuestion(text[sentence.Start..sentence.End]))
            {
                // "Will China halt rare earth exports again?" asks; it does not report.
                f.Flags |= SentenceFlags.Hedge;
            }

            if ((f.Flags & SentenceFlags.PromoOrCaption) != 0 && skippedCount < skippedLines.Length)
            {
                skippedLines[skippedCount++] = sentence.Line;
            }
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            if (skippedLines[..skippedCount].Contains(sentences[s].Line))
            {
                facts[s].Flags |= SentenceFlags.Skipped;
            }
        }

        return irrelevant;
    }

    /// <summary>"Its ban on gallium, germanium and antimony exports": a flow noun right after
    /// a control noun, "on" and nothing but material or country words, names what the control
    /// covers; it is not an object of its own for a verb ("kept its ban on gallium exports
    /// suspended" suspends the ban, not the exports).</summary>
    private bool CoveredByControl(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from)
    {
        if (!IsFlowNoun(mentions[n]))
        {
            return false;
        }

        var k = n - 1;
        while (k >= from && IsModifier(mentions[k]))
        {
            k--;
        }

        if (k < from || !IsControlNoun(mentions[k])
            || !text[mentions[k].End..].StartsWith(" on ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var cursor = mentions[k].End + 4;
        for (var j = k + 1; j <= n; j++)
        {
            if (cursor > mentions[j].Start || !ClauseText.IsListGap(text[cursor..mentions[j].Start]))
            {
                return false;
            }

            cursor = mentions[j].End;
        }

        return true;
    }

    private bool IsFlowNoun(Mention mention) => (mention.PayloadMask & _flowNounBits[mention.Slot]) != 0;

    private bool IsControlNoun(Mention mention) => (mention.PayloadMask & _controlNounBits[mention.Slot]) != 0;

    /// <summary>A word read as a verb that could be a noun as well ("ban", "curb").</summary>
    private bool IsVerbAndNoun(Mention mention) =>
        (mention.PayloadMask & _nounBits[mention.Slot]) != 0 && (mention.PayloadMask & _verbBits[mention.Slot]) != 0;

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

    /// <summary>Whether an event phrase sits between the verb at <paramref name="v"/> and the
    /// noun after it at <paramref name="n"/>: then the phrase is the verb's object ("agreed to
    /// extend their trade truce, keeping the pause on rare earth controls" extends the truce, not
    /// the controls).</summary>
    private bool PhraseBetween(GrowBuffer<Mention> mentions, int v, int n)
    {
        for (var k = v + 1; k < n; k++)
        {
            var payloads = lexicon.Slots[mentions[k].Slot];
            for (var p = 0; p < payloads.Length; p++)
            {
                if (payloads[p].Kind == MentionKind.Phrase && (mentions[k].PayloadMask & (1u << p)) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

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

    /// <summary>The suspension or pause that the control noun at <paramref name="n"/> is "on" or
    /// "of", or -1.</summary>
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
        while (next < to && (mentions[next].PayloadMask & (_nounBits[mentions[next].Slot] | _verbBits[mentions[next].Slot])) == 0)
        {
            next++;
        }

        if (next >= to || (mentions[next].PayloadMask & _ruleNounBits[mentions[next].Slot]) == 0)
        {
            return -1;
        }

        var between = text[mentions[n].End..mentions[next].Start];
        return between.IndexOfAny(',', ';') < 0 && between.Contains(" from ", StringComparison.OrdinalIgnoreCase) ? next : -1;
    }

    private bool IsGerund(ReadOnlySpan<char> text, Mention mention) =>
        (mention.PayloadMask & _verbBits[mention.Slot]) != 0 && text[mention.Start..mention.End].EndsWith("ing", StringComparison.OrdinalIgnoreCase);

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
            return (mentions[k].PayloadMask & VerbBits(lexicon.Slots[mentions[k].Slot])) != 0;
        }

        return (word.EndsWith(" pause", StringComparison.OrdinalIgnoreCase) || word.EndsWith(" suspension", StringComparison.OrdinalIgnoreCase))
            && IsPhrase(mentions[k]);
    }

    private bool IsPhrase(Mention mention)
    {
        var payloads = lexicon.Slots[mention.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if (payloads[p].Kind == MentionKind.Phrase && (mention.PayloadMask & (1u << p)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the mention at <paramref name="start"/> was already read as the verb of
    /// an event (the verb "ban" in "The ban meant that…"), not as a noun.</summary>
    private static bool TookAsVerb(GrowBuffer<EventCandidate> candidates, int start)
    {
        foreach (var c in candidates.AsSpan())
        {
            if (c.VerbStart == start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after an event a "since" may sit and still date it ("banned exports to
    /// the United States since December").</summary>
    private const int SinceReachChars = 40;

    /// <summary>How far after a grant a "more slowly" may sit and still be about it.</summary>
    private const int SlowerReachChars = 24;

    /// <summary>How far after an event an "again" cue may sit and still be about it.</summary>
    private const int AgainReachChars = 80;

    /// <summary>How far a verb of keeping may sit before the noun it keeps: "kept its", "kept the
    /// strict".</summary>
    private const int KeptNounGapChars = 16;

    /// <summary>A verb and a noun on either side of a semicolon or of a comma and a conjunction
    /// ("restarted its line after a halt, and that shipments would resume") sit in different
    /// clauses and do not pair; nor does a verb with a noun after a subordinator or condition that
    /// follows it ("prices fell after China approved the first licences", "lines could pause if
    /// licences were slow").</summary>
    private bool Apart(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, Mention verb, Mention noun, int n, int to) =>
        noun.Start >= verb.End
            ? IsSubjectOfNextVerb(text, mentions, n, to) || ClauseText.SeparatesClauses(text[verb.End..noun.Start], nounAfterVerb: true)
            : ClauseText.SeparatesClauses(text[noun.End..verb.Start], nounAfterVerb: false);

    /// <summary>"Prices fell as Chinese shipments resumed": a noun right before a verb it pairs
    /// with is that verb's subject, not the object of a verb earlier in the sentence. So is a noun
    /// before an auxiliary and such a verb: "the pause on gallium export controls was lifted".</summary>
    private bool IsSubjectOfNextVerb(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int to)
    {
        // Not a gerund: "the rule requiring licences" describes the rule, which did not require
        // them anew. Nor a pause that makes a compound with it: "Ends Export Ban Pause".
        if (n + 1 >= to || (mentions[n + 1].Start - mentions[n].End != 1 && !ClauseText.IsAuxiliaryGap(text[mentions[n].End..mentions[n + 1].Start]))
            || IsGerund(text, mentions[n + 1]) || HasCompoundSuspension(text, mentions, n))
        {
            return false;
        }

        var noun = mentions[n];
        var next = mentions[n + 1];
        var nounPayloads = lexicon.Slots[noun.Slot];
        var verbPayloads = lexicon.Slots[next.Slot];
        for (var vp = 0; vp < verbPayloads.Length; vp++)
        {
            if (verbPayloads[vp].Kind != MentionKind.Verb || (next.PayloadMask & (1u << vp)) == 0)
            {
                continue;
            }

            foreach (var cls in lexicon.VerbGroups[verbPayloads[vp].Id].Classes)
            {
                for (var np = 0; np < nounPayloads.Length; np++)
                {
                    if (nounPayloads[np].Kind == MentionKind.Noun && (noun.PayloadMask & (1u << np)) != 0
                        && lexicon.Combos[(int)cls, (int)lexicon.NounGroups[nounPayloads[np].Id].Class]?.HoldsFor(nounPayloads[np].Id) == true)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

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
                    case CueKind.Hedge:
                        f.Flags |= SentenceFlags.Hedge;
                        break;
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

    private static ulong Neighbours(SentenceFacts[] facts, int s, int count, bool irrelevant)
    {
        ulong found = 0;
        for (var i = s - 1; i >= 0; i--)
        {
            if ((facts[i].Flags & SentenceFlags.Skipped) == 0)
            {
                found |= facts[i].Materials | (irrelevant ? 0 : facts[i].AmbiguousMaterials);
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

    private void BuildCandidates(ReadOnlySpan<char> text, in SentenceFacts f, ScoringScratch scratch)
    {
        var mentions = scratch.Mentions;
        var candidates = scratch.Candidates;
        var consumed = scratch.Consumed;
        var covered = scratch.Covered;
        var modifierChars = scratch.ModifierChars;
        candidates.Clear();
        modifierChars[f.MentionFrom] = 0;
        for (var m = f.MentionFrom; m < f.MentionTo; m++)
        {
            consumed[m] = false;
            modifierChars[m + 1] = modifierChars[m] + (IsModifier(mentions[m]) ? mentions[m].End - mentions[m].Start + 1 : 0);
            covered[m] = CoveredByControl(text, mentions, m, f.MentionFrom);
        }

        for (var v = f.MentionFrom; v < f.MentionTo; v++)
        {
            // A word already taken as an earlier verb's object is not a verb as well: in "China
            // lifted its ban on gallium exports" the ban is what was lifted, not a second event
            // that bans exports.
            if (consumed[v])
            {
                continue;
            }

            var verb = mentions[v];
            var verbPayloads = lexicon.Slots[verb.Slot];

            // "The ban on graphite exports was lifted": after a determiner, a word that is a
            // noun as well as a verb ("ban", "curb") is the noun, the object of "lifted", not a
            // verb that bans exports.
            if (IsVerbAndNoun(verb) && ClauseText.FollowsDeterminer(text, verb.Start))
            {
                continue;
            }

            var bestDistance = double.MaxValue;
            EventRule? bestRule = null;
            string? bestType = null;
            var bestNoun = -1;
            var bestSupply = false;
            var bestClass = default(VerbClass);
            var bestNounClass = default(NounClass);
            for (var vp = 0; vp < verbPayloads.Length; vp++)
            {
                if (verbPayloads[vp].Kind != MentionKind.Verb || (verb.PayloadMask & (1u << vp)) == 0)
                {
                    continue;
                }

                var group = lexicon.VerbGroups[verbPayloads[vp].Id];
                for (var n = f.MentionFrom; n < f.MentionTo; n++)
                {
                    if (n == v || covered[n])
                    {
                        continue;
                    }

                    // A noun an earlier verb already took is not also the object of a later
                    // one: in "suspended the expanded export controls it announced on 9 October"
                    // the controls were suspended; "expanded" and "it announced" say which.
                    // Unless the later verb is passive and the noun is the subject a relative clause
                    // hangs on: "the ban, which China imposed in December, was suspended".
                    // (That clause is checked below, once the pair has a rule: pairs are many.)
                    var needsRelativeClause = false;
                    if (consumed[n] && !(n == v - 1 && n >= f.MentionFrom && ClauseText.IsRelativeLink(text[mentions[n].End..verb.Start])))
                    {
                        if (mentions[n].End > verb.Start || TookAsVerb(candidates, mentions[n].Start))
                        {
                            continue;
                        }

                        needsRelativeClause = true;
                    }

                    var noun = mentions[n];
                    double distance;
                    if (noun.Start >= verb.End)
                    {
                        distance = noun.Start - verb.End;
                        if (distance > _scale.PairAfterChars)
                        {
                            continue;
                        }

                        // "Chinese smelters halted gallium exports": the material word belongs to
                        // the object, so it does not put the exports further from the verb than
                        // the smelters before it.
                        distance -= modifierChars[n] - modifierChars[v + 1];
                    }
                    else
                    {
                        // Material and country words between count for nothing here either: "the
                        // ban on graphite exports to the United States was lifted".
                        distance = verb.Start - noun.End - (modifierChars[v] - modifierChars[n + 1]);
                        if (distance > 2 * _scale.PairBeforeChars)
                        {
                            continue;
                        }

                        // Farther than usual only across a relative clause (checked below).
                        needsRelativeClause |= distance > _scale.PairBeforeChars;

                        // Passive order ("exports were halted") is fine but less usual: a noun after the verb wins ties.
                        distance = (distance * 1.5) + 1;
                    }

                    if (distance >= bestDistance)
                    {
                        continue;
                    }

                    var apart = -1; // whether the pair sits in different clauses: checked once it matters
                    var nounPayloads = lexicon.Slots[noun.Slot];
                    for (var np = 0; np < nounPayloads.Length; np++)
                    {
                        if (nounPayloads[np].Kind != MentionKind.Noun || (noun.PayloadMask & (1u << np)) == 0)
                        {
                            continue;
                        }

                        var nounGroup = lexicon.NounGroups[nounPayloads[np].Id];
                        foreach (var cls in group.Classes)
                        {
                            var rule = lexicon.Combos[(int)cls, (int)nounGroup.Class];
                            if (rule is null || distance >= bestDistance || !rule.HoldsFor(nounPayloads[np].Id)
                                || (rule.SubjectOnly && noun.Start >= verb.End) || Array.IndexOf(group.NotWith, nounGroup.Class) >= 0)
                            {
                                continue;
                            }

                            // The text checks run only for a pair that has a rule and would be the
                            // best yet: pairs are many, and most fail before.
                            if (apart < 0)
                            {
                                // "Deliveries have been delayed by licence checks": the checks did it.
                                apart = (noun.Start >= verb.End && ClauseText.IsAgentGap(text[verb.End..noun.Start]))
                                    || (needsRelativeClause && !ClauseText.SkipsRelativeClause(text[noun.End..verb.Start]))
                                    || Apart(text, mentions, verb, noun, n, f.MentionTo)
                                    || (n > v && PhraseBetween(mentions, v, n)) ? 1 : 0;
                            }

                            if (apart == 1)
                            {
                                continue;
                            }

                            bestDistance = distance;
                            bestRule = rule;
                            bestNoun = n;
                            bestSupply = nounGroup.SupplySpecific;
                            bestClass = cls;
                            bestNounClass = nounGroup.Class;
                            bestType = group.TypeFor(cls, nounGroup.Class)
                                ?? (rule.UseNounType && nounGroup.Type is not null ? nounGroup.Type : rule.Type);
                        }
                    }
                }
            }

            if (bestRule is null)
            {
                continue;
            }

            var nounMention = mentions[bestNoun];
            consumed[bestNoun] = true;
            consumed[v] = true;

            // "Will stop issuing licences", "resumed approving shipments": the gerund between a
            // verb and its object is part of the object, not a verb of its own (read alone,
            // "issuing licences" is a grant that cancelled the stop).
            for (var k = v + 1; k < bestNoun; k++)
            {
                if (IsGerund(text, mentions[k]))
                {
                    consumed[k] = true;
                }
            }

            // "Suspended the rule requiring licences", "the ban covering gallium exports": a
            // gerund right after the controls says what they do; they did not do it anew.
            if (bestNoun + 1 < f.MentionTo && IsControlNoun(nounMention) && IsGerund(text, mentions[bestNoun + 1])
                && mentions[bestNoun + 1].Start - nounMention.End == 1)
            {
                consumed[bestNoun + 1] = true;
            }

            // "Lifted the freeze on gallium shipments", "the suspension of mining was lifted": a
            // stop named as a noun and ended by a relief verb is a resumption, not a new stop.
            if (bestClass == VerbClass.Stop && bestNoun > v && ClauseText.FollowsDeterminer(text, verb.Start)
                && lexicon.Combos[(int)VerbClass.Resume, (int)bestNounClass] is { } resumed
                && ReliefGoverns(text, mentions, v, bestNoun, f.MentionFrom, f.MentionTo) is var relief and >= 0)
            {
                consumed[relief] = true;
                bestRule = resumed;
                bestType = resumed.Type;
            }
            // A control noun that a pause is on, before its verb, is the pause's: "the pause on
            // export controls ended" ends the relief (as "ended the suspension of its ban" does),
            // and "the pause on export controls was extended" keeps it, rather than extending
            // the controls.
            var pause = bestNoun < v ? GoverningSuspension(text, mentions, bestNoun, f.MentionFrom) : -1;
            var pauseIsSubject = pause >= 0 && pause != v; // ("Export Ban Pause": the verb is the pause itself)

            // "Will extend the gallium export ban suspension": the object's compound pause.
            var objectPause = bestNoun > v && HasCompoundSuspension(text, mentions, bestNoun) ? Math.Max(NextAdjacent(mentions, bestNoun), bestNoun) : -1;
            if (pause >= 0 || objectPause >= 0)
            {
                // Nor is the pause an event of its own ("the one-year pause on its ban was extended").
                consumed[Math.Max(pause, objectPause)] = true;
            }

            var endsRelief = bestRule.Direction < 0 && (bestNoun > v ? objectPause >= 0 || SuspensionBetween(text, mentions, v, bestNoun) : pauseIsSubject);
            // Likewise a pause between a verb and the controls it is on: "announced a further
            // one-year suspension of the ban" announces the pause, not a ban.
            var keepsRelief = bestRule.Direction > 0
                && (pauseIsSubject || objectPause >= 0 || (bestNoun > v && IsControlNoun(nounMention) && SuspensionBetween(text, mentions, v, bestNoun)));

            // "Scrapped the exemption that allowed gallium exports", "the waiver on germanium
            // shipments was revoked": relief from controls that a relief verb ends.
            if (bestClass == VerbClass.Waive)
            {
                // "Exempted gallium exports from the licence rule": the rule is what the
                // exemption lifts, not a new one.
                if (bestNoun > v && RuleExemptedFrom(text, mentions, bestNoun, f.MentionTo) is var from and >= 0)
                {
                    consumed[from] = true;
                }

                // "Exporters sought exemptions for gallium shipments": relief asked for is not given.
                if (ClauseText.FollowsRequest(text, verb.Start))
                {
                    continue;
                }
            }

            var ender = bestClass == VerbClass.Waive ? ReliefGoverns(text, mentions, v, bestNoun, f.MentionFrom, f.MentionTo) : -1;
            var endsWaiver = ender >= 0;
            if (endsWaiver)
            {
                consumed[ender] = true;
            }

            candidates.Add(new EventCandidate
            {
                Type = endsRelief || keepsRelief ? "controls_suspended" : bestType!,
                EndsRelief = endsRelief || endsWaiver,
                Direction = keepsRelief ? -bestRule.Direction : bestRule.Direction,
                Base = bestRule.Base,
                SupplySpecific = bestSupply,
                SpanStart = Math.Min(verb.Start, nounMention.Start),
                SpanEnd = Math.Max(verb.End, nounMention.End),
                Anchor = verb.Start,
                VerbStart = verb.Start,
                AcrossClause = nounMention.End <= verb.Start && ClauseText.SkipsRelativeClause(text[nounMention.End..verb.Start]),
            });
        }

        for (var m = f.MentionFrom; m < f.MentionTo; m++)
        {
            if (consumed[m])
            {
                continue;
            }

            var mention = mentions[m];

            // "The gallium export ban suspension expired": a compound pause on controls is the
            // relief itself (and an ending cue after it gives the risk back).
            if ((f.Flags & SentenceFlags.Descriptive) == 0 && HasCompoundSuspension(text, mentions, m)
                && lexicon.Combos[(int)VerbClass.Relief, (int)NounClass.Control] is { } relief)
            {
                candidates.Add(new EventCandidate
                {
                    Type = "controls_suspended",
                    Direction = relief.Direction,
                    Base = relief.Base,
                    SupplySpecific = true,
                    SpanStart = mention.Start,
                    SpanEnd = mention.End,
                    Anchor = mention.Start,
                    VerbStart = -1,
                });
                continue;
            }

            var payloads = lexicon.Slots[mention.Slot];
            for (var p = 0; p < payloads.Length; p++)
            {
                if ((mention.PayloadMask & (1u << p)) == 0)
                {
                    continue;
                }

                EventRule? rule = payloads[p].Kind switch
                {
                    MentionKind.Phrase => lexicon.Phrases[payloads[p].Id],
                    // "The one-year pause on its export ban lapsed": the ban is what the pause
                    // is on, no new ban of its own.
                    MentionKind.Noun when (f.Flags & SentenceFlags.Descriptive) == 0 && !SuspensionGoverns(text, mentions, m, f.MentionFrom)
                        => lexicon.NounGroups[payloads[p].Id].Standalone,
                    _ => null,
                };
                if (rule is null)
                {
                    continue;
                }

                candidates.Add(new EventCandidate
                {
                    Type = rule.Type,
                    Direction = rule.Direction,
                    Base = rule.Base,
                    SupplySpecific = rule.SupplySpecific,
                    SpanStart = mention.Start,
                    SpanEnd = mention.End,
                    Anchor = mention.Start,
                    VerbStart = -1,
                });
                break;
            }
        }
    }

    private ExtractedEvent? Evaluate(
        ReadOnlySpan<char> text,
        SentenceSpan sentence,
        in SentenceFacts f,
        int index,
        GrowBuffer<EventCandidate> candidates,
        ulong borrowable,
        bool articleIrrelevant,
        DateTimeOffset published,
        GrowBuffer<Mention> mentions)
    {
        var candidate = candidates[index];
        var materials = f.Materials | (articleIrrelevant ? 0 : f.AmbiguousMaterials);
        var confidence = _scale.MaterialConfidence;
        var borrowed = false;
        if (materials == 0)
        {
            if (!candidate.SupplySpecific || borrowable == 0)
            {
                return null;
            }

            materials = borrowable;
            confidence = _scale.BorrowedMaterialConfidence;
            borrowed = true;
        }

        if ((materials & ~lexicon.GenericMaterials) != 0)
        {
            materials &= ~lexicon.GenericMaterials;
        }

        var direction = candidate.Direction;
        var type = candidate.Type;
        var lastSubordinator = -1;
        var sinceEnd = -1; // the end of the last subordinator when it is "since"
        var lastReporting = -1;
        var negated = false;
        var flipped = candidate.EndsRelief;
        var ongoing = false;
        var conditional = false;
        var pastOfAnother = false;
        var background = TimeClassifier.Verdict.None;
        var backgroundCueEnd = -1;
        var againAt = -1;
        var bestTimeDistance = int.MaxValue;
        var previousMonthEnd = -100;
        for (var m = f.MentionFrom; m < f.MentionTo; m++)
        {
            var mention = mentions[m];
            var payloads = lexicon.Slots[mention.Slot];
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
                        sinceEnd = payloads[p].Arg == 2 ? mention.End : -1;
                        // "The first cargo of gallium since the ban", "licences issued since the
                        // rules took effect", "supplies were stable despite the controls": the
                        // noun "since" or "despite" introduces is the point the news counts from,
                        // an earlier event. (After "the", a verb form such as "ban" is that noun too.)
                        if (payloads[p].Arg is 2 or 3
                            && ((mention.End <= candidate.SpanStart && ClauseText.IsDeterminersOnly(text[mention.End..candidate.SpanStart]))
                                || (mention.End <= candidate.VerbStart && ClauseText.IsDeterminersOnly(text[mention.End..candidate.VerbStart]))))
                        {
                            background = TimeClassifier.Verdict.Background;
                            bestTimeDistance = -1;
                        }

                        // "The mine resumed production after a two-year halt": an event after a
                        // temporal subordinator of another event is that event's past, not news,
                        // unless a new clause starts in between ("after a halt, and that shipments
                        // would resume"). (A cause, "because of a shortage", may well be news itself.)
                        if (payloads[p].Arg >= 1 && mention.End <= candidate.Anchor && OtherEventBefore(candidates, index, mention.Start)
                            && !ClauseText.SeparatesClauses(text[mention.End..candidate.Anchor], nounAfterVerb: false))
                        {
                            pastOfAnother = true;
                        }

                        break;
                    case CueKind.Reporting:
                        lastReporting = mention.Start;
                        break;
                    case CueKind.Again:
                        // "The 2024 ban on shipments to the United States applies again": in the
                        // event's clause, after its start and before any subordinator.
                        if (mention.Start >= candidate.SpanStart && mention.Start - candidate.SpanEnd <= AgainReachChars
                            && !(lastSubordinator >= candidate.SpanEnd && lastSubordinator < mention.Start)
                            && !(mention.Start > candidate.SpanEnd && ClauseText.SeparatesClauses(text[candidate.SpanEnd..mention.Start], nounAfterVerb: false)))
                        {
                            againAt = mention.Start;
                        }

                        break;
                    case CueKind.Conditional:
                        // "Production could stop unless magnet shipments resume", "lines would
                        // restart only if China approves more licences": what the condition names
                        // has not happened. The comma that ends it ends it: "If talks fail, China
                        // will ban exports" keeps the ban (hedged, as the whole sentence is).
                        if (mention.End <= candidate.SpanStart && text[mention.End..candidate.SpanStart].IndexOfAny(',', ';') < 0)
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
                        if (mention.End <= candidate.SpanEnd && mention.Start >= candidate.SpanStart - _scale.NegationWindowChars)
                        {
                            flipped |= candidate.Direction < 0;
                            negated = true;
                        }

                        break;
                    case CueKind.Ending:
                        // "The one-year pause on the ban nears its end": relief that is about to
                        // stop gives the risk back. Only for easing events, only when the cue
                        // follows the event in its clause (not after a subordinator).
                        if (candidate.Direction < 0 && mention.Start >= candidate.SpanEnd
                            && !(lastSubordinator >= candidate.SpanEnd && lastSubordinator < mention.Start))
                        {
                            flipped = true;
                        }

                        break;
                    case CueKind.Ongoing when payloads[p].Arg == 3:
                        // "Gallium exports remain banned", "shipments are still suspended".
                        if (candidate.VerbStart >= 0 && candidate.VerbStart - mention.End == 1)
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
                            && !(lastSubordinator >= candidate.SpanEnd && lastSubordinator < mention.Start)
                            && !(mention.Start > candidate.SpanEnd && ClauseText.SeparatesClauses(text[candidate.SpanEnd..mention.Start], nounAfterVerb: false))
                            && !OtherEventBetween(candidates, index, mention.Start))
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
                    case CueKind.Flip when payloads[p].Arg == 4:
                        // "Licences were being granted more slowly than in the summer".
                        if (IsGrant(type) && mention.Start >= candidate.SpanEnd && mention.Start - candidate.SpanEnd <= SlowerReachChars
                            && text[candidate.SpanEnd..mention.Start].IndexOfAny(',', ';') < 0)
                        {
                            flipped = true;
                        }

                        break;
                    case CueKind.Flip when payloads[p].Arg == 3:
                        // "China revoked the general licences", "scrapped its licence exemption".
                        if (candidate.VerbStart < 0 && candidate.Direction < 0 && mention.End <= candidate.SpanStart
                            && ClauseText.IsDeterminersOrPossessive(text[mention.End..candidate.SpanStart]))
                        {
                            flipped = true;
                        }

                        break;
                    case CueKind.Negation or CueKind.Flip:
                        // A flip cue counts from its end: "only a handful of" is as close to its
                        // noun as "few".
                        if (mention.End <= candidate.SpanEnd
                            && (cue == CueKind.Flip ? mention.End : mention.Start) >= candidate.SpanStart - _scale.NegationWindowChars
                            && !(payloads[p].Arg == 2 && mention.End <= candidate.SpanStart && text[mention.End..candidate.SpanStart].IndexOfAny(',', ';') >= 0))
                        {
                            // "Beijing approved no new licences", "no permits were granted": a
                            // grant of none is a refusal, as "few permits" is (a flip cue), while
                            // "did not approve licences" only says the grant did not happen.
                            // So is a grant of not any: "has not granted any licences", "would not
                            // approve any more permits".
                            var noneGranted = cue == CueKind.Negation && IsGrant(candidate.Type)
                                && (text[mention.Start..mention.End].Equals("no", StringComparison.OrdinalIgnoreCase)
                                    || (candidate.VerbStart >= 0 && ClauseText.ContainsWord(text[candidate.VerbStart..candidate.SpanEnd], "any")));
                            negated |= cue == CueKind.Negation && !noneGranted;
                            flipped |= cue == CueKind.Flip || noneGranted;
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
                    case CueKind.Background or CueKind.Recent or CueKind.Month or CueKind.Year or CueKind.Season:
                        var distance = mention.End <= candidate.SpanStart ? candidate.SpanStart - mention.End
                            : mention.Start >= candidate.SpanEnd ? mention.Start - candidate.SpanEnd
                            : 0;
                        if (cue == CueKind.Month)
                        {
                            previousMonthEnd = mention.End;
                        }

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
                                || (lastSubordinator - candidate.SpanEnd <= SinceReachChars
                                    && text[candidate.SpanEnd..lastSubordinator].IndexOfAny(',', ';') < 0));
                        if (distance >= bestTimeDistance || (cue == CueKind.Year && mention.Start - previousMonthEnd <= 8)
                            || (mention.Start >= candidate.SpanEnd && lastSubordinator >= candidate.SpanEnd && !sinceDate)
                            || (mention.End <= candidate.SpanEnd && lastSubordinator > candidate.SpanStart && lastSubordinator < mention.Start && !sinceDate)
                            || (candidate.AcrossClause && mention.Start > candidate.SpanStart && mention.End <= candidate.VerbStart)
                            || BelongsToOtherEvent(candidates, index, mention))
                        {
                            break;
                        }

                        var future = (f.Flags & SentenceFlags.FutureTense) != 0 || FollowsFutureMarker(mentions, f.MentionFrom, m);
                        var verdict = cue switch
                        {
                            CueKind.Month => TimeClassifier.ForMonth(text, mention.Start, mention.End, payloads[p].Arg, published, future, _scale.BackgroundDays),
                            CueKind.Year => TimeClassifier.ForYear(payloads[p].Arg, published, future),
                            CueKind.Season => TimeClassifier.ForSeason(payloads[p].Arg, published, future),
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

        if (candidate.EndsRelief && negated)
        {
            return null; // "did not end the suspension": the relief goes on, nothing new
        }

        if (flipped)
        {
            direction = -direction;
            type += "_reversed";
        }
        else if (negated)
        {
            return null;
        }

        if ((f.Flags & SentenceFlags.Hedge) != 0)
        {
            confidence *= _scale.HedgeFactor;
        }

        if ((f.Flags & SentenceFlags.Reported) != 0)
        {
            confidence *= _scale.ReportedFactor;
        }

        var baseWeight = candidate.Base;
        if (type == "new_capacity" && f.Countries == 1UL << lexicon.ChinaIndex)
        {
            // New capacity inside China does little for the supply risk the dashboard tracks.
            baseWeight *= _scale.NewCapacityChinaOnlyFactor;
        }

        // A return is news even when the date before it is of the first time ("the 2024 ban
        // applies again"); a date after it is the return's own ("rose again last month").
        var returned = againAt >= 0 && backgroundCueEnd <= againAt;
        var isBackground = ongoing || pastOfAnother || (background == TimeClassifier.Verdict.Background && !returned);
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
            SentenceStart = sentence.Start,
            SentenceEnd = sentence.End,
            Magnitude = baseWeight * confidence * (isBackground ? _scale.BackgroundWeight : 1.0),
        };
    }

    /// <summary>A time cue on the far side of another event of the opposite direction dates that
    /// event ("restarted lines that were idled in May"); one of the same direction shares the
    /// time frame ("the April decision to suspend exports upended supply chains").</summary>
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
