using System.Runtime.CompilerServices;
using SupplyRisk.Scoring.Engine.Lexicon;
using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>Pairing: which verb takes which noun in a sentence (the nearest one it has a rule
/// for, within its clause), and what is left to stand alone as an event.</summary>
internal sealed partial class EventExtractor
{
    /// <summary>"Its ban on gallium, germanium and antimony exports": a flow noun right after
    /// a control noun, "on" and nothing but material or country words, names what the control
    /// covers; it is not an object of its own for a verb ("kept its ban on gallium exports
    /// suspended" suspends the ban, not the exports). So does one after a licence and "for" or
    /// "of": "licences for gallium shipments now take longer to approve" delays the licences. And
    /// so does a licence after a wait and "for", or after a wait that ends on its own verb:
    /// "waiting times for gallium licences have grown", "the time needed to approve gallium
    /// licences has doubled" delay the licences; none was granted; and so does a flow after lead times and "for": in
    /// "lead times for magnet deliveries have doubled" the lead times did. A phrase of exports
    /// rising counts as the flow noun it starts with: in "licences for magnet exports rose" the
    /// licences rose.</summary>
    private bool CoveredByControl(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from)
    {
        var flow = IsFlowNoun(mentions[n]) || IsRisingTradePhrase(mentions[n]);
        if (!flow && !IsLicenceNoun(mentions[n]))
        {
            return false;
        }

        var k = n - 1;
        while (k >= from && IsModifier(mentions[k]))
        {
            k--;
        }

        if (k < from)
        {
            return false;
        }

        int cursor;
        var head = mentions[k];
        var after = text[head.End..];
        if (IsRisingTradePhrase(mentions[n]) && k - 1 >= from && IsParticipleRightAfterLicence(text, mentions, k)
            && after.StartsWith(" for ", StringComparison.OrdinalIgnoreCase))
        {
            // "Licences granted for magnet exports rose": the participle only says which
            // licences; the exports after "for" are what they cover, as in "licences for magnet
            // exports". (A verb after a flow noun there may still read as the exports':
            // "permits approved for gallium shipments dropped".)
            head = mentions[k - 1];
        }

        if (!flow)
        {
            if (!IsWaitNoun(head))
            {
                return false;
            }

            if (after.StartsWith(" for ", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" of ", StringComparison.OrdinalIgnoreCase))
            {
                cursor = head.End + (after[1] is 'f' or 'F' ? 5 : 4);
            }
            else if (after.StartsWith(' ') && ClauseText.EndsWithAnyWord(text[head.Start..head.End], HandlingVerbs))
            {
                cursor = head.End + 1; // "the time needed to approve gallium licences": the wait's own verb takes them
            }
            else
            {
                return false;
            }
        }
        else if (IsControlNoun(head) && after.StartsWith(" on ", StringComparison.OrdinalIgnoreCase))
        {
            cursor = head.End + 4;
        }
        else if ((IsWaitNoun(head) || IsLeadTimeNoun(head)) && after.StartsWith(" for ", StringComparison.OrdinalIgnoreCase))
        {
            cursor = head.End + 5; // "licence waits for magnet exports have doubled": the waits did
        }
        else if (head.Start != mentions[k].Start)
        {
            cursor = mentions[k].End + 5; // past the participle and " for "
        }
        else if (IsLicenceNoun(head) && (after.StartsWith(" for ", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" of ", StringComparison.OrdinalIgnoreCase)))
        {
            cursor = head.End + (after[1] is 'f' or 'F' ? 5 : 4);
        }
        else if (IsLicenceNoun(head) && (text[head.Start..head.End].EndsWith(" for", StringComparison.OrdinalIgnoreCase)))
        {
            cursor = head.End + 1; // the phrase "licences for" holds its preposition
        }
        else
        {
            return false;
        }

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

    private static readonly string[] HandlingVerbs = ["approve", "process", "issue"];

    /// <summary>Where "no", "neither" or "not a single tonne of" starts when it and the
    /// materials after it (a list joined by "and", "or" or "nor") end right before the mention at
    /// <paramref name="m"/>: "no germanium went", "neither gallium nor germanium has been shipped";
    /// -1 otherwise.</summary>
    private int NoneOfMaterialsBefore(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int m, int from, int sentenceStart)
    {
        var k = m - 1;
        if (k < from || !IsModifier(mentions[k]) || text[mentions[k].End..mentions[m].Start] is not " ")
        {
            return -1;
        }

        while (k - 1 >= from)
        {
            var gap = text[mentions[k - 1].End..mentions[k].Start];
            if (IsModifier(mentions[k - 1]) && (ClauseText.IsListGap(gap) || gap.Trim(' ').Equals("nor", StringComparison.OrdinalIgnoreCase)))
            {
                k--;
            }
            else if (k - 2 >= from && IsModifier(mentions[k - 2]) && text[mentions[k - 1].Start..mentions[k - 1].End].Equals("nor", StringComparison.OrdinalIgnoreCase))
            {
                k -= 2; // "nor" is a negation cue of its own
            }
            else
            {
                break;
            }
        }

        return ClauseText.NoneOpenerBefore(text[sentenceStart..mentions[k].Start]) is var at and >= 0 ? sentenceStart + at : -1;
    }

    /// <summary>Whether the licence noun at <paramref name="n"/> (past its material and country
    /// words) follows "applications for", "requests for" or "demand for": the noun phrase is the
    /// applications, and the licences are only what they ask for.</summary>
    private bool AppliedFor(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from)
    {
        var head = HeadBeforeFor(text, mentions, n, from);
        return ClauseText.EndsWithWord(head, "applications") || ClauseText.EndsWithWord(head, "application")
            || ClauseText.EndsWithWord(head, "requests") || ClauseText.EndsWithWord(head, "demand");
    }

    private static readonly string[] ApplyingWords = ["applying", "apply", "applied", "application", "applications"];

    /// <summary>The text before "for" when the noun at <paramref name="n"/> (past its material
    /// and country words) follows "for": "demand for gallium exports", "fees for gallium
    /// exports"; empty when it does not.</summary>
    private ReadOnlySpan<char> HeadBeforeFor(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from) =>
        HeadBefore(text, mentions, n, from, "for");

    /// <summary>The text before <paramref name="preposition"/> when the noun at
    /// <paramref name="n"/>, past its material and country words, follows it; empty otherwise.</summary>
    private ReadOnlySpan<char> HeadBefore(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from, string preposition)
    {
        var k = n - 1;
        while (k >= from && IsModifier(mentions[k]) && text[mentions[k].End..mentions[k + 1].Start] is " ")
        {
            k--;
        }

        var before = text[..mentions[k + 1].Start].TrimEnd();
        return ClauseText.EndsWithWord(before, preposition) ? before[..^preposition.Length].TrimEnd() : [];
    }

    /// <summary>"The sale of the antimony mine to a Chinese buyer was halted": whether the mine or
    /// plant at <paramref name="n"/> (past its material and country words and a determiner) is
    /// what a deal is about, after "sale of", "acquisition of", "purchase of", "takeover of" or
    /// "stake in"; a verb then acts on the deal, not on the site's output.</summary>
    private bool IsObjectOfDeal(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from)
    {
        var k = n - 1;
        while (k >= from && IsModifier(mentions[k]) && text[mentions[k].End..mentions[k + 1].Start] is " ")
        {
            k--;
        }

        // Word by word with short compares: this runs for every pair of a verb and a site.
        var word = ClauseText.LastWord(text[..mentions[k + 1].Start], out var rest);
        if (ClauseText.IsPlainDeterminer(word))
        {
            word = ClauseText.LastWord(rest, out rest);
        }

        if (word is "sell" or "buy")
        {
            return true;
        }

        var head = ClauseText.LastWord(rest, out _);
        return word is "of" ? head is "sale" or "acquisition" or "purchase" or "takeover"
            : word is "in" && head is "stake" or "stakes";
    }

    /// <summary>"China's share of global gallium output fell": what fell is the share, which
    /// tells how much others make, not the output itself.</summary>
    private bool ShareOf(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from)
    {
        var k = n - 1;
        while (k >= from && IsModifier(mentions[k]) && text[mentions[k].End..mentions[k + 1].Start] is " ")
        {
            k--;
        }

        // "Its share of (the) global output", "share of world exports".
        var before = text[..mentions[k + 1].Start].TrimEnd();
        foreach (var filler in ShareFillers)
        {
            if (ClauseText.EndsWithWord(before, filler))
            {
                before = before[..^filler.Length].TrimEnd();
            }
        }

        if (!ClauseText.EndsWithWord(before, "of"))
        {
            return false;
        }

        before = before[..^2].TrimEnd();
        return ClauseText.EndsWithWord(before, "share") || ClauseText.EndsWithWord(before, "proportion") || ClauseText.EndsWithWord(before, "dominance");
    }

    private static readonly string[] ShareFillers = ["global", "world", "the"];

    /// <summary>Whether an ending cue of lapsing ("expired", "not be renewed", "lapsed"; not "broke
    /// down", which talks do) follows the noun at <paramref name="n"/> with at most auxiliaries
    /// between ("would", "has", "was").</summary>
    private bool EndingRightAfter(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int to)
    {
        if (n + 1 >= to || !ClauseText.IsAuxiliariesOnly(text[mentions[n].End..mentions[n + 1].Start]))
        {
            return false;
        }

        var next = mentions[n + 1];
        var payloads = lexicon.Slots[next.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if ((next.PayloadMask & (1u << p)) != 0 && payloads[p].Kind == MentionKind.Cue
                && (CueKind)payloads[p].Id == CueKind.Ending && payloads[p].Arg == 0)
            {
                var cue = text[next.Start..next.End];
                return cue.ContainsIgnoreCase("expir") || cue.ContainsIgnoreCase("laps")
                    || cue.ContainsIgnoreCase("renew");
            }
        }

        return false;
    }

    /// <summary>The licence noun right after <paramref name="n"/>, past any goods or country words
    /// ("received no germanium licences", "got no magnet export approvals", "have not received any
    /// licences"), or -1.</summary>
    private int LicenceAfterGoods(GrowBuffer<Mention> mentions, int n)
    {
        var next = NextAdjacent(mentions, n);
        while (next >= 0 && (IsCountry(mentions[next]) || IsMaterial(mentions[next])))
        {
            next = NextAdjacent(mentions, next);
        }

        return next >= 0 && IsLicenceNoun(mentions[next]) ? next : -1;
    }

    /// <summary>Whether goods (a material, or exports or shipments, past a country word) come
    /// right after the mention at <paramref name="n"/>, or after a determiner: "turned back
    /// the germanium cargoes".</summary>
    private bool GoodsRightAfter(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n)
    {
        var next = NextAdjacent(mentions, n);
        if (next < 0 && n + 1 < mentions.Count && text[mentions[n].End..mentions[n + 1].Start] is " the " or " its " or " their " or " these " or " those ")
        {
            next = n + 1;
        }

        if (next >= 0 && IsCountry(mentions[next]))
        {
            next = NextAdjacent(mentions, next);
        }

        return next >= 0 && (IsMaterial(mentions[next]) || IsFlowNoun(mentions[next]));
    }

    /// <summary>"Its October rules on gallium exports", "rules for antimony shipments": whether
    /// "on" or "for" and goods (a material, or exports or shipments, past a country word) come
    /// right after the mention at <paramref name="n"/>, so that it names what they govern.</summary>
    private bool GoodsAfterOnOrFor(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int to)
    {
        var next = n + 1;
        if (next >= to || text[mentions[n].End..mentions[next].Start] is not (" on " or " for "))
        {
            return false;
        }

        if (IsCountry(mentions[next]) && next + 1 < to && text[mentions[next].End..mentions[next + 1].Start] is " ")
        {
            next++;
        }

        return IsMaterial(mentions[next]) || IsFlowNoun(mentions[next]);
    }

    /// <summary>"The US and China extended their truce on rare earth export controls", "a truce
    /// over export curbs": a control noun after a truce and "on" or "over" (past material and
    /// country words) is what the truce is about, not a control of its own.</summary>
    private bool IsTruceTopic(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from)
    {
        var k = n - 1;
        while (k >= from && IsModifier(mentions[k]))
        {
            k--;
        }

        if (k < from || (mentions[k].Traits & MentionTraits.TrucePhrase) == 0)
        {
            return false;
        }

        var gap = text[mentions[k].End..mentions[n].Start];
        return gap.StartsWith(" on ", StringComparison.OrdinalIgnoreCase) || gap.StartsWith(" over ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"The magnet shortage is delaying shipments of electric vehicles", "deliveries of
    /// fighter jets": shipments of what a sector makes, not of a material, tell nothing of the
    /// material's supply (the shortage does). Only a product right after "of" that names no
    /// material ("exports of gallium nitride wafers" are gallium's).</summary>
    private bool FlowOfProducts(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int to) =>
        n + 1 < to && text[mentions[n].End..mentions[n + 1].Start] is " of " or " of the "
        && HasKind(mentions[n + 1], MentionKind.Sector) && !IsMaterial(mentions[n + 1]);

    /// <summary>"Lifted the ban on gallium exports and the curbs on germanium", "suspended its
    /// controls on equipment, the rules on battery materials, and the 0.1% rule": a control noun
    /// that continues a list whose first noun a verb took is more of that verb's object, no
    /// control of its own. The list goes back through commas and "and" with no verb between.</summary>
    private bool ListedAfterTakenNoun(ReadOnlySpan<char> text, int sentenceStart, GrowBuffer<Mention> mentions, int n, int from, Span<bool> consumed)
    {
        var join = ClauseText.ListJoinBefore(text[sentenceStart..mentions[n].Start]);
        if (join < 0)
        {
            return false;
        }

        join += sentenceStart;
        for (var k = n - 1; k >= from; k--)
        {
            var mention = mentions[k];
            if (mention.End > join)
            {
                continue; // the determiners and adjectives of this item ("the new rules")
            }

            var noun = (mention.Traits & MentionTraits.Noun) != 0;
            if (noun && consumed[k])
            {
                return true;
            }

            if (!noun && (mention.Traits & MentionTraits.Verb) != 0)
            {
                return false; // "lifted the ban and imposed curbs": a verb of its own
            }
        }

        return false;
    }

    /// <summary>Whether a material word stands right before the mention at <paramref name="n"/>:
    /// "rare earth rules", "China's graphite rules".</summary>
    private bool MaterialRightBefore(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from)
    {
        if (n - 1 < from || text[mentions[n - 1].End..mentions[n].Start] is not " ")
        {
            return false;
        }

        var payloads = lexicon.Slots[mentions[n - 1].Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if (payloads[p].Kind == MentionKind.Material && (mentions[n - 1].PayloadMask & (1u << p)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a material word comes right after the mention at <paramref name="n"/>,
    /// or after a country word right after it: "from buying rare earths", "from buying Chinese
    /// magnets".</summary>
    private bool MaterialRightAfter(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int to)
    {
        var next = n + 1;
        if (next < to && text[mentions[n].End..mentions[next].Start] is " " && IsCountry(mentions[next]))
        {
            n = next++;
        }

        return next < to && text[mentions[n].End..mentions[next].Start] is " " && IsMaterial(mentions[next]);
    }

    private static bool AnyCandidateBefore(GrowBuffer<EventCandidate> candidates, int at)
    {
        foreach (var c in candidates.AsSpan())
        {
            if (c.SpanStart < at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest licence noun, wait for licences or lead time before the mention at
    /// <paramref name="m"/>, -1 when there is none.</summary>
    private int CoveringLicence(GrowBuffer<Mention> mentions, int m, int from)
    {
        for (var k = m - 1; k >= from; k--)
        {
            if (IsLicenceNoun(mentions[k]) || IsWaitNoun(mentions[k]) || IsLeadTimeNoun(mentions[k]))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"Licences granted for magnet exports rose": the grant that took the licences
    /// tells the event, and what rose is its count.</summary>
    private static void MarkMonthlyFigure(GrowBuffer<EventCandidate> candidates, int licenceStart)
    {
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].SpanStart == licenceStart)
            {
                candidates[c].MonthlyFigure = true;
            }
        }
    }

    /// <summary>Whether the mention at <paramref name="k"/> is a participle (a verb) right after a
    /// licence noun: "licences granted", "permits issued".</summary>
    private bool IsParticipleRightAfterLicence(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int k)
    {
        var verb = mentions[k];
        var licence = mentions[k - 1];
        return (verb.Traits & MentionTraits.Verb) != 0 && (verb.Traits & MentionTraits.Noun) == 0
            && IsLicenceNoun(licence) && verb.Start == licence.End + 1 && text[licence.End] == ' '
            && ClauseText.IsParticiple(text[verb.Start..verb.End]);
    }

    /// <summary>Whether the words between the noun at <paramref name="n"/> and the verb after it
    /// at <paramref name="v"/> are only its material and country words, prepositions, determiners
    /// and auxiliaries: "licence approvals for rare earth magnets have doubled", or a clause that
    /// describes it: "licences issued in October doubled".</summary>
    private bool SubjectHead(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int v)
    {
        var cursor = mentions[n].End;
        var holderWords = 0;
        for (var k = n + 1; k <= v; k++)
        {
            if (k < v && !IsModifier(mentions[k]))
            {
                // "Licence approvals for rare earth exports have risen": the exports after "for"
                // belong to the subject, so the words after them still link it to the verb.
                var holderBefore = holderWords;
                if (IsFlowNoun(mentions[k]) && ClauseText.IsSubjectLink(text[cursor..mentions[k].Start], ref holderWords))
                {
                    cursor = mentions[k].End;
                }
                else
                {
                    holderWords = holderBefore;
                }

                continue;
            }

            if (!ClauseText.IsSubjectLink(text[cursor..mentions[k].Start], ref holderWords))
            {
                // "Licences issued in October doubled": a participle right after the noun opens
                // a clause that says which licences, and the verb after it is the noun's.
                return ClauseText.ReducedRelativeParticiple(text[mentions[n].End..mentions[v].Start], verbHasAuxiliary: true) == 1;
            }

            cursor = Math.Max(cursor, mentions[k].End);
        }

        return true;
    }

    /// <summary>Whether the licence noun at <paramref name="n"/>, past its material and country
    /// words and a determiner, follows "validity of": "the validity of gallium export licences".</summary>
    private bool ValidityOf(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from)
    {
        var k = n;
        while (k - 1 >= from && IsModifier(mentions[k - 1]) && ClauseText.IsListGap(text[mentions[k - 1].End..mentions[k].Start]))
        {
            k--;
        }

        return ClauseText.EndsWithValidityOf(text[..mentions[k].Start]);
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

    /// <summary>"Licences already granted for gallium shipments were cancelled", "export permits
    /// for gallium granted by the ministry have been revoked", "the number of licences issued fell
    /// by half": a participle after a noun and its
    /// modifier, when a passive verb later in the clause takes that noun for its subject, only
    /// says which licences; the news is the later verb (<see cref="ClauseText.IsReducedRelative"/>).</summary>
    private bool DescribesNounBefore(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int from, int to, bool[] consumed)
    {
        var verb = mentions[v];
        if (!ClauseText.IsParticiple(text[verb.Start..verb.End]))
        {
            return false;
        }

        // "Licences issued before the ban have been withdrawn": a participle that only ever takes
        // an object (a grant or an imposition) may carry a time phrase of its own; "exports
        // rebounded after controls were lifted" is two clauses.
        var transitive = (verb.Traits & MentionTraits.TransitiveVerb) != 0;

        for (var k = v + 1; k < to && mentions[k].Start - verb.Start <= ClauseText.ReducedRelativeReach; k++)
        {
            if ((mentions[k].Traits & MentionTraits.Verb) == 0)
            {
                continue;
            }

            // "The number of germanium licences issued fell by half": a verb of movement follows
            // the clause without an auxiliary. (Not after one: "prices surged to an all-time high"
            // is one verb and its complement.)
            var movement = (mentions[k].Traits & MentionTraits.MovementVerb) != 0 && (verb.Traits & MentionTraits.MovementVerb) == 0;
            var auxiliary = movement || ClauseText.OpensWithAuxiliary(text[mentions[k].Start..mentions[k].End]);
            for (var n = v - 1; n >= from && verb.Start - mentions[n].End <= ClauseText.ModifierReach; n--)
            {
                // (Not a verb form used as an adjective after a determiner: in "exports recovered
                // to their highest level" the exports recovered. Read last: it rarely matters.)
                if ((mentions[n].Traits & MentionTraits.Noun) != 0
                    && ClauseText.ReducedRelativeParticiple(text[mentions[n].End..mentions[k].Start], auxiliary, transitive) is var at and >= 0
                    && mentions[n].End + at == verb.Start
                    && !ClauseText.FollowsDeterminer(text, mentions[k].Start))
                {
                    // The nouns inside the clause are not the later passive verb's: "the ban"
                    // did not "have been withdrawn". (A verb of movement may still take one:
                    // "permits approved for gallium shipments dropped" reads as exports that fell.)
                    for (var inside = v + 1; inside < k && !movement; inside++)
                    {
                        consumed[inside] = true;
                    }

                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a verb that only takes an object ("issued", "imposed") follows the noun
    /// at <paramref name="n"/> right after its blank: a participle that may carry a time phrase.</summary>
    private bool TransitiveRightAfter(GrowBuffer<Mention> mentions, int n) =>
        n + 1 < mentions.Count && mentions[n + 1].Start == mentions[n].End + 1
            && (mentions[n + 1].Traits & MentionTraits.TransitiveVerb) != 0;

    /// <summary>Whether the licence noun at <paramref name="n"/> (not an export licence) is for a
    /// mine, plant or project: one follows it after "for" in its clause ("approval for its antimony
    /// mine", "approval to build a plant"), or is the sentence's first noun before it ("the antimony mine received a permit"),
    /// and no export or shipment is named between.</summary>
    private bool PermitsASite(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from, int to)
    {
        var licence = mentions[n];
        if (ClauseText.ContainsWord(text[licence.Start..licence.End], "export"))
        {
            return false; // "the plant's export licence"
        }

        for (var k = n + 1; k < to && mentions[k].Start - licence.End <= PermitReachChars; k++)
        {
            if (IsFlowNoun(mentions[k]) || text[licence.End..mentions[k].Start].IndexOfAny(",;") >= 0)
            {
                return false;
            }

            // "Approval for its mine", "approval to build a plant".
            if (IsSiteNoun(mentions[k]))
            {
                return text[licence.End..mentions[k].Start].StartsWith(" for ", StringComparison.OrdinalIgnoreCase)
                    || (k > n + 1 && (mentions[n + 1].Traits & MentionTraits.Verb) != 0
                        && text[licence.End..mentions[n + 1].Start] is " to ");
            }
        }

        for (var k = n - 1; k >= from && licence.Start - mentions[k].End <= PermitReachChars; k--)
        {
            if (IsFlowNoun(mentions[k]) || text[mentions[k].End..licence.Start].IndexOfAny(",;") >= 0)
            {
                return false;
            }

            if (IsSiteNoun(mentions[k]))
            {
                // The subject: the sentence's first noun.
                for (var j = from; j < k; j++)
                {
                    if ((mentions[j].Traits & MentionTraits.Noun) != 0)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    private const int PermitReachChars = 40;

    /// <summary>Whether the noun at <paramref name="n"/>, with the material and country words
    /// right before it, follows a preposition other than "of": "data on gallium imports", not "a
    /// number of cargoes".</summary>
    private bool ObjectOfPreposition(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from)
    {
        var k = n;
        while (k - 1 >= from && IsModifier(mentions[k - 1]) && ClauseText.IsListGap(text[mentions[k - 1].End..mentions[k].Start]))
        {
            k--;
        }

        return ClauseText.FollowsObjectPreposition(text, mentions[k].Start, includeOf: false);
    }

    private bool IsGerund(ReadOnlySpan<char> text, Mention mention) =>
        (mention.Traits & MentionTraits.Verb) != 0 && text[mention.Start..mention.End].EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>"The ministry announced that it would suspend the export controls", "announced
    /// plans to lift the ban": a verb of its own clause between the verb at <paramref name="v"/>
    /// and the noun at <paramref name="n"/> (after a modal, a pronoun or a plan) that has a rule
    /// for the noun's class takes the noun; the earlier verb only reports it. Not a gerund ("will
    /// stop issuing licences") nor a participle after a determiner ("suspended the expanded
    /// controls").</summary>
    private const int ObjectReach = 48;

    /// <summary>"China lifted the gallium ban imposed in 2023": a participle right after a noun that
    /// an earlier verb of its clause takes as object describes the noun (a reduced relative
    /// clause), and the earlier verb's event is the one told.</summary>
    private bool DescribesObjectOfEarlierVerb(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int n, int from, NounClass nounClass)
    {
        if (v != n + 1)
        {
            return false;
        }

        for (var k = n - 1; k >= from && mentions[n].Start - mentions[k].End <= ObjectReach; k--)
        {
            if ((mentions[k].Traits & MentionTraits.Verb) != 0)
            {
                return HasRuleFor(mentions[k], nounClass) && ParticipleDescribesObject(text, mentions, k, n);
            }
        }

        return false;
    }

    /// <summary>Whether the verb right after the noun at <paramref name="n"/> is a participle
    /// that describes it, the noun being the object of the verb at <paramref name="k"/>:
    /// "lifted the gallium ban imposed in 2023" (not "new licences eased", nor "prices fell as
    /// shipments resumed", where the noun is the next verb's subject).</summary>
    private bool ParticipleDescribesObject(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int k, int n)
    {
        var noun = mentions[n];
        if (n + 1 >= mentions.Count || k >= n)
        {
            return false;
        }

        var next = mentions[n + 1];
        if (next.Start != noun.End + 1 || text[noun.End] != ' ' || (next.Traits & MentionTraits.Verb) == 0
            || !ClauseText.IsParticiple(text[next.Start..next.End]) || !ClauseText.OpensParticiplePhrase(text[next.End..]))
        {
            return false;
        }

        var between = text[mentions[k].End..noun.Start];
        return between.IndexOfAny(",;") < 0 && (ClauseText.StartsWithDeterminer(between) || OnlyModifiersBetween(text, mentions, k, n));
    }

    /// <summary>"Cancelled the general licences issued in June for magnet exports": a grant
    /// participle right after a relief named by a phrase, which a revoking word right before it
    /// acts on, only says which licences; it grants nothing now.</summary>
    private bool DescribesReliefActedOn(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int from)
    {
        var verb = mentions[v];
        if (v - 2 < from || (verb.Traits & MentionTraits.GrantVerb) == 0 || !ClauseText.IsParticiple(text[verb.Start..verb.End])
            || text[mentions[v - 1].End..verb.Start] is not " " || !IsPhrase(mentions[v - 1]))
        {
            return false;
        }

        var before = mentions[v - 2];
        return ClauseText.IsDeterminersOrPossessive(text[before.End..mentions[v - 1].Start]) && IsFlipReliefCue(before);
    }

    private bool IsFlipReliefCue(Mention mention)
    {
        var payloads = lexicon.Slots[mention.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if ((mention.PayloadMask & (1u << p)) != 0 && payloads[p].Kind == MentionKind.Cue
                && payloads[p].Id == (int)CueKind.Flip && payloads[p].Arg == 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verb that takes the noun opening a rising-trade phrase as its object ("would
    /// halt gallium exports grew"): an unpaired verb right before it, after a modal or "to", with
    /// only determiners, materials or countries between; -1 when there is none.</summary>
    private int TakerOfPhraseNoun(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int phrase, int from, Span<bool> consumed)
    {
        var k = phrase - 1;
        while (k >= from && IsModifier(mentions[k]))
        {
            k--;
        }

        // Only a verb in its base form after a modal or "to" ("would halt", "to resume"): a
        // participle before the noun describes it ("approved gallium shipments rose").
        if (k < from || consumed[k] || (mentions[k].Traits & MentionTraits.Verb) == 0
            || !ClauseText.OpensVerbClause(text, mentions[k].Start) || ClauseText.IsParticiple(text[mentions[k].Start..mentions[k].End]))
        {
            return -1;
        }

        var between = text[mentions[k].End..mentions[phrase].Start];
        return between.IndexOfAny(",;") < 0 && (between is " " || ClauseText.IsDeterminersOrPossessive(between) || OnlyModifiersBetween(text, mentions, k, phrase))
            ? k : -1;
    }

    /// <summary>The rule a verb has for a flow of goods ("halt" + exports: a suspension), or null.</summary>
    private EventRule? FlowRuleOf(Mention verb)
    {
        var payloads = lexicon.Slots[verb.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if (payloads[p].Kind == MentionKind.Verb && (verb.PayloadMask & (1u << p)) != 0)
            {
                foreach (var cls in lexicon.VerbGroups[payloads[p].Id].Classes)
                {
                    if (lexicon.Combos[(int)cls, (int)NounClass.Flow] is { } rule)
                    {
                        return rule;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"The gallium ban does not apply to shipments to Japan", "China's rare earth curbs":
    /// whether material words (not countries: "the US curbs exports" has a verb) stand right
    /// before the mention at <paramref name="v"/> after a determiner, a possessive or the start of
    /// the sentence, so that a word that is a noun as well as a verb is the noun they qualify.</summary>
    private bool AfterDeterminedMaterials(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int from, int sentenceStart)
    {
        var k = v;
        while (k - 1 >= from && text[mentions[k - 1].End..mentions[k].Start] is " " && IsMaterialOnly(mentions[k - 1]))
        {
            k--;
        }

        return k < v && (ClauseText.FollowsDeterminer(text, mentions[k].Start) || ClauseText.OpensSentence(text, sentenceStart, mentions[k].Start));
    }

    private bool IsMaterialOnly(Mention mention)
    {
        var payloads = lexicon.Slots[mention.Slot];
        var material = false;
        for (var p = 0; p < payloads.Length; p++)
        {
            if ((mention.PayloadMask & (1u << p)) != 0)
            {
                if (payloads[p].Kind != MentionKind.Material)
                {
                    return false;
                }

                material = true;
            }
        }

        return material;
    }

    /// <summary>Whether only material or country words stand between two mentions, as in a
    /// headline without articles: "China lifts gallium ban imposed in 2023".</summary>
    private bool OnlyModifiersBetween(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int k, int n)
    {
        for (var j = k + 1; j <= n; j++)
        {
            if ((j < n && !IsModifier(mentions[j])) || text[mentions[j - 1].End..mentions[j].Start] is not " ")
            {
                return false;
            }
        }

        return true;
    }

    private bool WaiverBetween(GrowBuffer<Mention> mentions, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if ((mentions[k].Traits & MentionTraits.WaiveVerb) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyNounBetween(GrowBuffer<Mention> mentions, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if ((mentions[k].Traits & MentionTraits.Noun) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyVerbBetween(GrowBuffer<Mention> mentions, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if ((mentions[k].Traits & MentionTraits.Verb) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool ClauseVerbBetween(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int n, NounClass nounClass)
    {
        for (var k = v + 1; k < n; k++)
        {
            // The rule first, the words before the verb last: pairs are many.
            if ((mentions[k].Traits & MentionTraits.Verb) != 0 && HasRuleFor(mentions[k], nounClass)
                && (ClauseText.OpensVerbClause(text, mentions[k].Start) || ExemptsFrom(text, mentions[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Introduced a list of buyers exempt from gallium export checks": what follows an
    /// exemption and "from" is what it lifts, not the object of the verb before.</summary>
    private bool ExemptsFrom(ReadOnlySpan<char> text, Mention verb) =>
        (verb.Traits & MentionTraits.WaiveVerb) != 0
        && (text[verb.End..].StartsWith(" from ", StringComparison.Ordinal) || text[verb.Start..verb.End].EndsWith(" from", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Imposed controls on graphite in 2023 and tightened them this week", "the ban was
    /// introduced in 2024. It was lifted on Friday": when the verb at <paramref name="v"/> found no
    /// noun, whether a pronoun right beside it ("them" or "it" after it, or "it" or "they" before
    /// it and a passive auxiliary) stands for a control named earlier in its sentence or in the
    /// sentence before; its start and end when so.</summary>
    private bool PronounForControl(ReadOnlySpan<char> text, SentenceSpan sentence, in SentenceFacts f, GrowBuffer<Mention> mentions, int v,
        out int start, out int end)
    {
        var verb = mentions[v];
        start = end = -1;

        var after = text[verb.End..sentence.End];
        if (after.StartsWith(" them", StringComparison.Ordinal) || after.StartsWith(" it", StringComparison.Ordinal))
        {
            var length = after.StartsWith(" them", StringComparison.Ordinal) ? 5 : 3;
            if (after.Length == length || !char.IsLetterOrDigit(after[length]))
            {
                start = verb.End + 1;
                end = verb.End + length;
            }
        }
        else if ((ClauseText.PassiveSubjectPronoun(text, sentence.Start, verb.Start) is var at and >= 0)
            || (at = ClauseText.ReturnSubjectPronoun(text, sentence.Start, verb.Start, verb.End)) >= 0)
        {
            start = at;
            end = text[at..].IndexOf(' ') + at;
        }

        if (start < 0)
        {
            return false;
        }

        if ((f.Flags & SentenceFlags.ControlBefore) != 0)
        {
            return true;
        }

        for (var k = f.MentionFrom; k < v && mentions[k].End <= start; k++)
        {
            if (IsControlNoun(mentions[k]) || (mentions[k].Traits & MentionTraits.ControlVerb) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb with a rule for controls and no noun of its own, beside a pronoun that
    /// stands for a control named before (<see cref="PronounForControl"/>): the event of that rule,
    /// with the materials of its sentence or, failing those, of the sentence before.</summary>
    private void AddPronounEvent(ReadOnlySpan<char> text, SentenceSpan sentence, in SentenceFacts f, ScoringScratch scratch, int v, Payload[] verbPayloads)
    {
        var verb = scratch.Mentions[v];
        // "Added it to a catalogue of restricted technologies": what is added is an item.
        if (text[verb.Start..verb.End].StartsWith("add", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        for (var vp = 0; vp < verbPayloads.Length; vp++)
        {
            if (verbPayloads[vp].Kind != MentionKind.Verb || (verb.PayloadMask & (1u << vp)) == 0)
            {
                continue;
            }

            var group = lexicon.VerbGroups[verbPayloads[vp].Id];
            foreach (var cls in group.Classes)
            {
                // Relief changes what was told; of the verbs that impose, only those that make it
                // stricter do: "it was imposed" or "it was needed" tells the same control again.
                if (lexicon.Combos[(int)cls, (int)NounClass.Control] is not { OnlyNounGroups: null } rule
                    || Array.IndexOf(group.NotWith, NounClass.Control) >= 0
                    || (rule.Direction > 0 && !ClauseText.Intensifies(text[verb.Start..verb.End]))
                    || !PronounForControl(text, sentence, f, scratch.Mentions, v, out var start, out var end))
                {
                    continue;
                }

                scratch.Consumed[v] = true;
                scratch.Candidates.Add(new EventCandidate
                {
                    Type = group.TypeFor(cls, NounClass.Control) ?? rule.Type,
                    Direction = rule.Direction,
                    Base = rule.Base,
                    RefersBack = true,
                    SpanStart = Math.Min(verb.Start, start),
                    SpanEnd = Math.Max(verb.End, end),
                    Anchor = verb.Start,
                    VerbStart = verb.Start,
                });
                return;
            }
        }
    }

    /// <summary>A price move by the verb at <paramref name="v"/> (of rising or falling) for the
    /// material that opens its sentence at <paramref name="start"/>.</summary>
    private void AddPriceOfMaterial(ScoringScratch scratch, int v, Payload[] verbPayloads, int start)
    {
        var verb = scratch.Mentions[v];
        if (VerbRuleFor(verb, verbPayloads, NounClass.Price, static (_, cls) => cls is VerbClass.Rise or VerbClass.Fall) is { } price)
        {
            scratch.Consumed[v] = true;
            scratch.Candidates.Add(OnVerb(price.Rule, price.Type, start, verb));
        }
    }

    /// <summary>The first rule, with its event type, that a group of the verb has for nouns of
    /// <paramref name="noun"/> and that <paramref name="accepts"/>.</summary>
    private (EventRule Rule, string Type)? VerbRuleFor(Mention verb, Payload[] verbPayloads, NounClass noun, Func<VerbGroup, VerbClass, bool> accepts)
    {
        for (var vp = 0; vp < verbPayloads.Length; vp++)
        {
            if (verbPayloads[vp].Kind != MentionKind.Verb || (verb.PayloadMask & (1u << vp)) == 0)
            {
                continue;
            }

            var group = lexicon.VerbGroups[verbPayloads[vp].Id];
            foreach (var cls in group.Classes)
            {
                if (lexicon.Combos[(int)cls, (int)noun] is { } rule && accepts(group, cls))
                {
                    return (rule, group.TypeFor(cls, noun) ?? rule.Type);
                }
            }
        }

        return null;
    }

    private static EventCandidate OnVerb(EventRule rule, string type, int start, Mention verb) => new()
    {
        Type = type,
        Direction = rule.Direction,
        Base = rule.Base,
        SupplySpecific = rule.SupplySpecific,
        SpanStart = Math.Min(start, verb.Start),
        SpanEnd = Math.Max(verb.End, start),
        Anchor = verb.Start,
        VerbStart = verb.Start,
    };

    /// <summary>The material right after the verb at <paramref name="v"/> when "Chinese" or
    /// "Chinese-made" (past a determiner) comes between: "banned Chinese gallium", "bars the
    /// Chinese-made magnets"; -1 otherwise.</summary>
    private int ChineseGoodsRightAfter(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int to)
    {
        var china = v + 1;
        if (china + 1 >= to || !IsChina(mentions[china]) || !text[mentions[china].Start..mentions[china].End].Equals("Chinese", StringComparison.Ordinal)
            || text[mentions[v].End..mentions[china].Start] is not (" " or " the "))
        {
            return -1;
        }

        return IsMaterial(mentions[china + 1]) && text[mentions[china].End..mentions[china + 1].Start] is " " or "-made " ? china + 1 : -1;
    }

    /// <summary>A ban by the verb at <paramref name="v"/> on the Chinese goods that end at
    /// <paramref name="end"/>, when one of its groups bans trade; kept only as an import ban.</summary>
    private void AddBanOnChineseGoods(ScoringScratch scratch, int v, Payload[] verbPayloads, int end)
    {
        var verb = scratch.Mentions[v];
        if (VerbRuleFor(verb, verbPayloads, NounClass.Flow, static (group, cls) => group.TypeFor(cls, NounClass.Flow) is "export_ban") is { } ban)
        {
            scratch.Consumed[v] = true;
            var candidate = OnVerb(ban.Rule, ban.Type, end, verb);
            candidate.OnlyAsImportBan = true;
            scratch.Candidates.Add(candidate);
        }
    }

    /// <summary>Whether the verb <paramref name="verb"/> has a rule for nouns of <paramref name="nounClass"/>.</summary>
    private bool HasRuleFor(Mention verb, NounClass nounClass)
    {
        var payloads = lexicon.Slots[verb.Slot];
        for (var p = 0; p < payloads.Length; p++)
        {
            if (payloads[p].Kind == MentionKind.Verb && (verb.PayloadMask & (1u << p)) != 0)
            {
                foreach (var cls in lexicon.VerbGroups[payloads[p].Id].Classes)
                {
                    if (lexicon.Combos[(int)cls, (int)nounClass] is not null)
                    {
                        return true;
                    }
                }
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

    /// <summary>A verb and a noun on either side of a semicolon or of a comma and a conjunction
    /// ("restarted its line after a halt, and that shipments would resume") sit in different
    /// clauses and do not pair; nor does a verb with a noun after a subordinator or condition that
    /// follows it ("prices fell after China approved the first licences", "lines could pause if
    /// licences were slow"); nor do the two sides of the comma that ends a condition ("If Beijing
    /// does not extend the suspension, the ban will return": the ban is not what is extended).</summary>
    private bool Apart(ReadOnlySpan<char> text, int sentenceStart, GrowBuffer<Mention> mentions, int v, int n, int from, int to, ref int opensWithSubordinator)
    {
        var verb = mentions[v];
        var noun = mentions[n];
        var after = noun.Start >= verb.End;
        var between = after ? text[verb.End..noun.Start] : text[noun.End..verb.Start];
        if (between.IndexOf(',') >= 0
            && (InsideCondition(text, mentions, after ? v : n, from)
                || IntroductoryClauseEndsBetween(text, sentenceStart, mentions, after ? v : n, after ? n : v, from, to, ref opensWithSubordinator)))
        {
            return true;
        }

        return after
            ? (IsSubjectOfNextVerb(text, mentions, n, to) && !ParticipleDescribesObject(text, mentions, v, n)
                    && !OpensRelativeClause(text, mentions, v, from))
                || ClauseText.SeparatesClauses(between, nounAfterVerb: true)
            : ClauseText.SeparatesClauses(between, nounAfterVerb: false);
    }

    /// <summary>"The deal that suspended China's rare earth controls ended on Friday": a verb
    /// that opens a relative clause on a noun ("that" or "which" right after it) has the noun
    /// after it for its object even when a verb follows that noun; that later verb is the
    /// antecedent's ("the deal ... ended"), not the noun's. Not after a verb of saying ("said that
    /// suspended shipments resumed"), where "that" opens a clause with a subject of its own.</summary>
    private static bool OpensRelativeClause(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int from)
    {
        if (v - 1 < from || (mentions[v - 1].Traits & (MentionTraits.Noun | MentionTraits.TrucePhrase)) == 0)
        {
            return false;
        }

        var gap = text[mentions[v - 1].End..mentions[v].Start];
        return gap is " that " or " which " or ", which ";
    }

    /// <summary>"After the talks collapsed, prices of gallium doubled": whether the first comma
    /// that ends a sentence's opening subordinate clause lies between the mentions at
    /// <paramref name="first"/> and <paramref name="second"/>; what the talks did is not what the
    /// prices did. A comma inside a list of materials or countries ends no clause ("after China
    /// halted gallium, germanium and antimony exports, prices rose").</summary>
    private bool IntroductoryClauseEndsBetween(ReadOnlySpan<char> text, int sentenceStart, GrowBuffer<Mention> mentions, int first, int second, int from, int to,
        ref int opensWithSubordinator)
    {
        // (Read once a sentence: pairs across a comma are many.)
        opensWithSubordinator = opensWithSubordinator < 0 ? (ClauseText.OpensWithSubordinator(text, sentenceStart) ? 1 : 0) : opensWithSubordinator;
        if (opensWithSubordinator == 0)
        {
            return false;
        }

        var end = mentions[second].Start;
        for (var at = text[sentenceStart..end].IndexOf(", ") is var i and >= 0 ? sentenceStart + i : -1; at >= 0;)
        {
            if (!IsListComma(mentions, at, from, to))
            {
                return at >= mentions[first].End;
            }

            at = text[(at + 1)..end].IndexOf(", ") is var next and >= 0 ? at + 1 + next : -1;
        }

        return false;
    }

    /// <summary>Whether the comma at <paramref name="at"/> parts two items of a list of material
    /// or country words: one ends right at it and another starts right after it, or after "and"
    /// or "or".</summary>
    private bool IsListComma(GrowBuffer<Mention> mentions, int at, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (mentions[k].End == at)
            {
                var next = mentions[k + 1].Start - at;
                return IsModifier(mentions[k]) && IsModifier(mentions[k + 1]) && next is 2 or 5 or 6;
            }
        }

        return false;
    }

    /// <summary>Whether the mention at <paramref name="k"/> sits in a condition: after an "if" or
    /// "unless" of its sentence with no comma between.</summary>
    private bool InsideCondition(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int k, int from)
    {
        for (var c = k - 1; c >= from; c--)
        {
            var payloads = lexicon.Slots[mentions[c].Slot];
            for (var p = 0; p < payloads.Length; p++)
            {
                if (payloads[p].Kind == MentionKind.Cue && payloads[p].Id == (int)CueKind.Conditional && (mentions[c].PayloadMask & (1u << p)) != 0)
                {
                    return text[mentions[c].End..mentions[k].Start].IndexOfAny(',', ';') < 0;
                }
            }
        }

        return false;
    }

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

    /// <summary>"Raised exports to Germany and cut costs by moving plants inland", "banned smoking
    /// in mines", "opened a new exhibition on the history of rare earth mining": a verb of reducing,
    /// banning or opening with a plain noun of its own right after it acts on that noun, not on
    /// the exports before it nor on the plants or mines after it. A verb on the way does not end
    /// the object ("cut the paperwork needed for graphite shipments").</summary>
    private bool TakesOwnObject(ReadOnlySpan<char> text, SentenceSpan sentence, in SentenceFacts f, GrowBuffer<Mention> mentions, int v)
    {
        var verb = mentions[v];
        if ((verb.Traits & MentionTraits.OpenVerb) == 0
            && ((verb.Traits & MentionTraits.StopVerb) == 0 || !ClauseText.ReducesOrBansAnObject(text[verb.Start..verb.End]))
            // "Stopped checking documents and started inspecting every container": a check ended
            // on an object of its own eases nothing after it.
            && ((verb.Traits & MentionTraits.WaiveVerb) == 0 || !text[verb.Start..verb.End].EndsWith("ing", StringComparison.Ordinal))
            // "The plant received no complaints about the gallium shipments".
            && ((verb.Traits & MentionTraits.GrantVerb) == 0 || !text[verb.Start..verb.End].StartsWith("receiv", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // The next word that names a thing; verbs and cues on the way ("needed", "new") are plain words here.
        // A noun that counts only before a material is a plain word without one ("from buying stakes").
        var next = v + 1;
        while (next < f.MentionTo && ((mentions[next].Traits & MentionTraits.Content) == 0
            || ((mentions[next].Traits & MentionTraits.MaterialAfterNoun) != 0 && !MaterialRightAfter(text, mentions, next, f.MentionTo))))
        {
            next++;
        }

        return ClauseText.HasOwnObject(text, verb.End, next < f.MentionTo ? mentions[next].Start : sentence.End, sentence.End)
            || ObjectWithoutRule(text, mentions, v, f.MentionTo);
    }

    /// <summary>"Officials used the export controls to ease magnet shortages": an event phrase
    /// right after the verb (past determiners, possessives and material words) is what the verb
    /// acts on; a noun before the verb is not its object, nor its subject in that sense (the
    /// controls eased nothing).</summary>
    // Out of line: inlined into BuildCandidates, the score took 1.2-1.6 % longer (engine-ab.sh,
    // two comparisons of three runs), 0.7 % out of line.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool PhraseObjectRightAfter(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int mentionTo)
    {
        var verb = mentions[v];
        var k = v + 1;
        if (k >= mentionTo || verb.End >= text.Length || text[verb.End] != ' '
            || verb.End + 1 + ClauseText.ObjectOpenerChars(text, verb.End, mentions[k].Start) != mentions[k].Start)
        {
            return false;
        }

        while (k + 1 < mentionTo && IsModifier(mentions[k]) && text[mentions[k].End..mentions[k + 1].Start] is " ")
        {
            k++;
        }

        // An object, not a phrase that opens with a preposition ("fell for the first time in a year").
        var phrase = text[mentions[k].Start..mentions[k].End];
        var space = phrase.IndexOf(' ');
        var opensWithPreposition = space > 0 && IsAnyWord(phrase[..space], PrepositionWords);
        return (mentions[k].Traits & (MentionTraits.Content | MentionTraits.Noun)) == MentionTraits.Content
            && HasKind(mentions[k], MentionKind.Phrase)
            && !opensWithPreposition;
    }

    private static readonly string[] PrepositionWords =
        ["for", "in", "on", "at", "to", "from", "since", "after", "before", "by", "with", "as", "amid", "over", "under", "into", "despite"];


    /// <summary>"Smelters cut their inventories": a noun right after the verb, past determiners,
    /// possessives and material words, that no rule pairs the verb with is still its object.
    /// The verb acts on it, not on the smelters before it.</summary>
    private bool ObjectWithoutRule(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int mentionTo)
    {
        var verb = mentions[v];
        var k = v + 1;
        if (k >= mentionTo || text[verb.End] != ' '
            || verb.End + 1 + ClauseText.ObjectOpenerChars(text, verb.End, mentions[k].Start) != mentions[k].Start)
        {
            return false;
        }

        while (k < mentionTo && IsModifier(mentions[k]))
        {
            if (k + 1 >= mentionTo || text[mentions[k].End..mentions[k + 1].Start] is not " ")
            {
                return false;
            }

            k++;
        }

        var noun = mentions[k];
        if ((noun.Traits & MentionTraits.Noun) == 0)
        {
            return false;
        }

        var verbPayloads = lexicon.Slots[verb.Slot];
        var nounPayloads = lexicon.Slots[noun.Slot];
        for (var vp = 0; vp < verbPayloads.Length; vp++)
        {
            if (verbPayloads[vp].Kind != MentionKind.Verb || (verb.PayloadMask & (1u << vp)) == 0)
            {
                continue;
            }

            var group = lexicon.VerbGroups[verbPayloads[vp].Id];
            if (group.SubjectOnly)
            {
                continue;
            }

            foreach (var cls in group.Classes)
            {
                for (var np = 0; np < nounPayloads.Length; np++)
                {
                    // A rule for the noun as subject only ("inventories fell") does not take it as object.
                    if (nounPayloads[np].Kind == MentionKind.Noun && (noun.PayloadMask & (1u << np)) != 0
                        && lexicon.Combos[(int)cls, (int)lexicon.NounGroups[nounPayloads[np].Id].Class] is { SubjectOnly: false } rule
                        && rule.HoldsFor(nounPayloads[np].Id))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Whether the phrase at <paramref name="mention"/> ends on "first" and a word for a
    /// shipment follows it: "shipped its first cargo".</summary>
    private static bool EndsOnFirstBeforeShipment(ReadOnlySpan<char> text, Mention mention, int sentenceEnd) =>
        text[mention.Start..mention.End].EndsWith(" first", StringComparison.OrdinalIgnoreCase)
        && ClauseText.IsFirstShipment(text[(mention.End - 5)..sentenceEnd]);

    /// <summary>"Beijing slashed the number of licences issued for graphite exports": a participle
    /// right after a noun an earlier verb took says which of them it took ("issued"), and
    /// approves no exports of its own.</summary>
    private bool DescribesTakenNoun(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, int from, bool[] consumed)
    {
        var n = v - 1;
        return n >= from && consumed[n] && (mentions[n].Traits & MentionTraits.Noun) != 0
            && text[mentions[n].End..mentions[v].Start] is " "
            && ClauseText.IsParticiple(text[mentions[v].Start..mentions[v].End])
            && !TakenInRelativeClause(text, mentions, n, from, consumed);
    }

    /// <summary>"Smelters that cut gallium output resumed production": whether the verb that took
    /// the noun at <paramref name="n"/> (the nearest verb before it that took one) opens a
    /// relative clause, so that the verb after the noun is the main clause's, not a participle
    /// on the noun.</summary>
    private static bool TakenInRelativeClause(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int n, int from, bool[] consumed)
    {
        for (var k = n - 1; k >= from; k--)
        {
            if ((mentions[k].Traits & MentionTraits.Verb) != 0 && consumed[k])
            {
                return OpensRelativeClause(text, mentions, k, from);
            }
        }

        return false;
    }

    private void BuildCandidates(ReadOnlySpan<char> text, SentenceSpan sentence, in SentenceFacts f, ScoringScratch scratch)
    {
        var mentions = scratch.Mentions;
        var candidates = scratch.Candidates;
        var consumed = scratch.Consumed;
        var covered = scratch.Covered;
        var modifierChars = scratch.ModifierChars;
        candidates.Clear();
        modifierChars[f.MentionFrom] = 0;
        var waivers = false; // read once: few sentences name a waiver
        var talks = -1; // whether the sentence names talks: read once it matters
        var opensWithSubordinator = -1; // whether it opens with "after", "when"...: read once it matters
        for (var m = f.MentionFrom; m < f.MentionTo; m++)
        {
            consumed[m] = false;
            modifierChars[m + 1] = modifierChars[m] + (IsModifier(mentions[m]) ? mentions[m].End - mentions[m].Start + 1 : 0);
            covered[m] = CoveredByControl(text, mentions, m, f.MentionFrom);
            waivers |= (mentions[m].Traits & MentionTraits.WaiveVerb) != 0;
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
            if (IsVerbAndNoun(verb) && (ClauseText.FollowsDeterminer(text, verb.Start) || AfterDeterminedMaterials(text, mentions, v, f.MentionFrom, sentence.Start)))
            {
                continue;
            }

            // "Licences for gallium exports since the pause ended": after a determiner, a stop
            // word is a noun ("the pause"), with its object after it; it has no subject to take
            // from before it. ("Exports were last halted" is still a verb, and "exports ground to
            // a halt" and "prices reached an all-time high" say what the exports and prices did.)
            // (Read only once a noun before it has a rule with it: most pairs have none.)
            var nounForm = -1;
            var timeComparison = -1; // whether the verb moves a stretch of time: read once it matters
            var openerChars = -1; // "the", "their"... right after the verb: read once a noun after it matters

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
                if (group.ObjectOnly && ClauseText.IsObjectOfShielding(text, verb.Start))
                {
                    continue; // "a hedge against any new export controls": none imposed
                }

                for (var n = f.MentionFrom; n < f.MentionTo; n++)
                {
                    // Most mentions are no nouns (materials, countries, verbs, cues): one bit says so.
                    if (n == v || covered[n] || (group.ObjectOnly && n < v) || (group.SubjectOnly && n > v)
                        || (mentions[n].Traits & MentionTraits.Noun) == 0)
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
                        // the smelters before it; nor do a determiner or a possessive ("smelters
                        // cut their output", "halted the shipments of gallium").
                        distance -= modifierChars[n] - modifierChars[v + 1];
                        if (openerChars < 0)
                        {
                            openerChars = ClauseText.ObjectOpenerChars(text, verb.End, noun.Start);
                        }

                        distance -= openerChars;
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
                        if (nounGroup.NeedsMaterialBefore && !MaterialRightBefore(text, mentions, n, f.MentionFrom)
                            && !GoodsAfterOnOrFor(text, mentions, n, f.MentionTo))
                        {
                            continue; // "the EU tightened its rules on recycling": not export rules
                        }

                        if (nounGroup.NeedsMaterialAfter && !MaterialRightAfter(text, mentions, n, f.MentionTo))
                        {
                            continue; // "barred foreign firms from buying stakes in mines": no trade
                        }

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
                            if (n < v && nounForm != 0)
                            {
                                nounForm = nounForm > 0 || (ClauseText.FollowsDeterminer(text, verb.Start)
                                    && !ClauseText.FollowsWord(text, verb.Start, "last") && !ClauseText.FollowsWord(text, verb.Start, "a")
                                    && !ClauseText.FollowsWord(text, verb.Start, "an"))
                                    || ClauseText.FollowsCause(text, verb.Start) ? 1 : 0;
                                if (nounForm == 1)
                                {
                                    continue;
                                }
                            }

                            if (apart < 0)
                            {
                                // "Deliveries have been delayed by licence checks": the checks did it.
                                apart = (noun.Start >= verb.End && ClauseText.IsAgentGap(text[verb.End..noun.Start]))
                                    || (needsRelativeClause && !ClauseText.SkipsRelativeClause(text[noun.End..verb.Start], text[verb.Start..verb.End], TransitiveRightAfter(mentions, n)))
                                    || Apart(text, sentence.Start, mentions, v, n, f.MentionFrom, f.MentionTo, ref opensWithSubordinator)
                                    || (n > v && PhraseBetween(mentions, v, n))
                                    // "Retaliated against US chip curbs": the curbs are the cause, not the object.
                                    || (n > v && ClauseText.IsObjectOfShielding(text, noun.Start)) ? 1 : 0;
                            }

                            // "Licence approvals for magnets doubled", but not "licence fees for
                            // gallium rose" nor "shipping costs rose": a rule for subjects only needs
                            // the noun to head the subject, with no other noun between it and the verb.
                            // A verb for subjects only needs it too: "customs data on gallium imports
                            // were released" released the data, not the imports.
                            // "Wait 30 days for a licence, down from 45 days": a verb that moves
                            // a stretch of time moves a wait, not the licence or exports near it
                            // (or the licences' validity: "the validity of licences was cut to six months").
                            if (nounGroup.Class is not (NounClass.Wait or NounClass.LeadTime) && cls is VerbClass.Stop or VerbClass.Fall or VerbClass.Rise)
                            {
                                timeComparison = timeComparison < 0 ? (DurationText.StartsWithTimeComparison(text[verb.End..]) ? 1 : 0) : timeComparison;
                                if (timeComparison == 1 && !(nounGroup.Class == NounClass.Licence && n < v
                                    && (ValidityOf(text, mentions, n, f.MentionFrom) || ClauseText.ChangesValidity(text[verb.Start..verb.End]))))
                                {
                                    continue;
                                }
                            }

                            // "Prices for gallium exports rose", "insurance costs for antimony cargoes
                            // jumped": a flow after a noun of its own and "for" is not what rose or fell.
                            if (cls is VerbClass.Rise or VerbClass.Fall && nounGroup.Class == NounClass.Flow && n < v
                                && !HeadBeforeFor(text, mentions, n, f.MentionFrom).IsEmpty)
                            {
                                continue;
                            }

                            // "Talks between the EU and China on faster rare earth licences stalled":
                            // what the talks are about did not stall; the talks did. Nor is it
                            // what a verb before the talks acts on: "agreed to resume talks on rare
                            // earth supplies" resumes the talks.
                            talks = talks < 0 ? (ClauseText.NamesTalks(text[sentence.Start..sentence.End]) ? 1 : 0) : talks;
                            if (talks == 1 && ClauseText.IsTopicOfTalks(text, sentence.Start, noun.Start)
                                && !ClauseText.IsTopicOfTalks(text, sentence.Start, verb.Start))
                            {
                                continue;
                            }

                            // "The sale of the antimony mine was halted": the deal was, not the mine.
                            if (nounGroup.Class is NounClass.Mine or NounClass.Plant && IsObjectOfDeal(text, mentions, n, f.MentionFrom))
                            {
                                continue;
                            }

                            // "China's share of global gallium output fell below 90%": the share fell.
                            if ((cls is VerbClass.Rise or VerbClass.Fall || Array.IndexOf(group.Classes, VerbClass.Fall) >= 0) && n < v
                                && ShareOf(text, mentions, n, f.MentionFrom))
                            {
                                continue;
                            }

                            // "Applications for magnet export licences have doubled": what rose is
                            // the applications, not the licences granted. (So for a verb of falling
                            // read as a stop, "requests for licences fell"; not "were suspended".)
                            if ((cls is VerbClass.Rise or VerbClass.Fall || Array.IndexOf(group.Classes, VerbClass.Fall) >= 0)
                                && nounGroup.Class == NounClass.Licence && n < v
                                && AppliedFor(text, mentions, n, f.MentionFrom))
                            {
                                continue;
                            }

                            // "Exporters resumed applying for licences": what resumes is the
                            // applying, and no licence has been granted.
                            if (cls == VerbClass.Resume && nounGroup.Class == NounClass.Licence && n > v
                                && ClauseText.EndsWithAnyWord(HeadBeforeFor(text, mentions, n, f.MentionFrom), ApplyingWords))
                            {
                                continue;
                            }

                            // "Rare earth stocks fell after the truce ran out": stocks that run out
                            // are the subject of no other verb first.
                            if (cls == VerbClass.Deplete && n < v && AnyVerbBetween(mentions, n, v))
                            {
                                continue;
                            }

                            // "Granted a waiver for graphite exports": what is granted is the waiver
                            // (relief, read on its own), not the exports it covers.
                            if (cls == VerbClass.Grant && n > v + 1 && WaiverBetween(mentions, v, n))
                            {
                                continue;
                            }

                            // "The first Japanese carmaker to cut output": a word that qualifies what
                            // follows it ("first", "new") does not reach past another verb, nor past
                            // the noun it qualifies ("suspended the new gallium controls and the
                            // measures on graphite": the measures are not new).
                            if (group.ObjectOnly && n > v + 1 && (AnyVerbBetween(mentions, v, n) || AnyNounBetween(mentions, v, n)))
                            {
                                continue;
                            }

                            if (apart == 1 || (rule.SubjectOnly && !SubjectHead(text, mentions, n, v))
                                || (group.SubjectOnly && ObjectOfPreposition(text, mentions, n, f.MentionFrom))
                                || (IsFlowNoun(noun) && FlowOfProducts(text, mentions, n, f.MentionTo)))
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

            // "Casts gallium into bars for export": right after a preposition, a verb form other
            // than a gerund ("after halting exports") is a noun. (Read once a pair is found: most
            // mentions find none.)
            if (bestRule is null && (f.Flags & (SentenceFlags.NamesControl | SentenceFlags.ControlBefore)) != 0
                && ClauseText.HasPronounBeside(text, verb.Start, verb.End)
                && !(ClauseText.FollowsPreposition(text, verb.Start) && !IsGerund(text, verb)))
            {
                AddPronounEvent(text, sentence, f, scratch, v, verbPayloads);
            }

            // "Antimony fell 2% to $55,000 a tonne", "gallium traded at $1,150 per kilogram, up
            // from $1,050": a material that opens its sentence and moves, priced in money, is its
            // price moving.
            if (bestRule is null && (f.Flags & SentenceFlags.EventWords) != 0
                && IsMaterial(mentions[f.MentionFrom]) && mentions[f.MentionFrom].Start == sentence.Start && v > f.MentionFrom
                && ClauseText.NamesMoneyPrice(text[sentence.Start..sentence.End])
                && !ClauseText.NamesSecurities(text[mentions[f.MentionFrom].End..verb.Start]))
            {
                AddPriceOfMaterial(scratch, v, verbPayloads, sentence.Start);
            }

            // "Washington banned Chinese gallium": a ban on goods named as Chinese, with no noun
            // of trade, is an import ban when another government acts (evaluation decides).
            // (Not "ban", a control noun as well, which "will ban Chinese magnets" reads as.)
            if (bestRule is null && (f.Countries & ~(1UL << lexicon.ChinaIndex)) != 0 && !HasKind(verb, MentionKind.Noun)
                && ChineseGoodsRightAfter(text, mentions, v, f.MentionTo) is var goods and >= 0)
            {
                AddBanOnChineseGoods(scratch, v, verbPayloads, mentions[goods].End);
            }

            if (bestRule is null || (ClauseText.FollowsPreposition(text, verb.Start) && !IsGerund(text, verb) && !ClauseText.IsHighAfterAt(text, verb.Start, verb.End))
                || DescribesReliefActedOn(text, mentions, v, f.MentionFrom)
                || DescribesNounBefore(text, mentions, v, f.MentionFrom, f.MentionTo, consumed)
                || (bestNoun > v + 1 && ClauseVerbBetween(text, mentions, v, bestNoun, bestNounClass))
                || (bestClass == VerbClass.Resume && ClauseText.IsExtraction(text, verb.Start, verb.End))
                || (mentions[bestNoun].Start > verb.End && ClauseText.NamesDependence(text[verb.End..mentions[bestNoun].Start]))
                || (bestNoun < v && DescribesObjectOfEarlierVerb(text, mentions, v, bestNoun, f.MentionFrom, bestNounClass))
                || TakesOwnObject(text, sentence, f, mentions, v)
                || (bestNoun < v && PhraseObjectRightAfter(text, mentions, v, f.MentionTo))
                || DescribesTakenNoun(text, mentions, v, f.MentionFrom, consumed)
                || ClauseText.IsBareUpWithoutAmount(text, verb.Start, verb.End)
                || ClauseText.IsBarredFrom(text, sentence.Start, verb.Start)
                || ClauseText.TakesAPlan(text, verb.End))
            {
                continue;
            }

            var nounMention = mentions[bestNoun];

            // "The new rules require exporters to obtain licences": a grant that someone is made
            // to seek is the licence requirement, not licences granted.
            if (bestClass == VerbClass.Grant && bestNounClass == NounClass.Licence && bestNoun > v
                && ClauseText.IsRequiredToSeek(text, sentence.Start, verb.Start)
                && lexicon.Combos[(int)VerbClass.Impose, (int)NounClass.Licence] is { } requirement)
            {
                bestRule = requirement;
                bestType = requirement.Type;
            }

            // "The gallium controls that were suspended in November are back in force": the verb
            // takes again a noun that the verb of a relative clause on it took; what the clause
            // tells is the noun's past.
            if (consumed[bestNoun] && bestNoun < v)
            {
                var earlier = candidates.AsSpan();
                for (var c = 0; c < earlier.Length; c++)
                {
                    if (earlier[c].VerbStart > nounMention.End && earlier[c].VerbStart < verb.Start && earlier[c].SpanStart == nounMention.Start)
                    {
                        earlier[c].Superseded = true;
                    }
                }
            }

            consumed[bestNoun] = true;
            consumed[v] = true;

            // "The backlog of gallium licence applications grew": "licence applications" is one
            // noun, taken whole; the verb after it has no licences of its own to take.
            if (bestNounClass == NounClass.Licence)
            {
                for (var k = bestNoun + 1; k < f.MentionTo && text[mentions[k - 1].End..mentions[k].Start] is " "
                    && IsLicenceNoun(mentions[k]) && (mentions[k].Traits & MentionTraits.Verb) == 0; k++)
                {
                    consumed[k] = true;
                }
            }

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
            // The event's span takes in a verb after it, which is no ending cue of its own.
            var endedAt = -1;
            if (bestClass == VerbClass.Stop && bestNoun > v && ClauseText.FollowsDeterminer(text, verb.Start)
                && lexicon.Combos[(int)VerbClass.Resume, (int)bestNounClass] is { } resumed
                && ReliefGoverns(text, mentions, v, bestNoun, f.MentionFrom, f.MentionTo) is var relief and >= 0)
            {
                consumed[relief] = true;
                endedAt = mentions[relief].End;
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

            // "The validity of gallium export licences was extended": what grows is how long the
            // licences last, which eases the controls; it is no new licence requirement. Cut, it
            // tightens them as a shorter validity does; no licence was suspended.
            // So do licences themselves "cut to six months from a year" or "extended to two years":
            // a stretch of time after the verb is how long they last.
            // ("China cut gallium export licences to six months": the stretch after the licences.)
            if (bestClass is VerbClass.Impose or VerbClass.Stop && bestNounClass == NounClass.Licence
                && (bestNoun < v
                    ? ValidityOf(text, mentions, bestNoun, f.MentionFrom)
                        || (ClauseText.ChangesValidity(text[verb.Start..verb.End]) && DurationText.StartsWithTimeComparison(text[verb.End..]))
                    : ClauseText.ChangesValidity(text[verb.Start..verb.End]) && DurationText.StartsWithTimeComparison(text[mentions[bestNoun].End..]))
                && lexicon.Combos[(int)(bestClass == VerbClass.Impose ? VerbClass.Relief : VerbClass.Impose), (int)NounClass.Licence] is { } validity)
            {
                bestRule = validity;
                bestType = validity.Type;
            }

            // "Perpetua received final approval for its antimony mine", "the mine received a
            // permit": a permit for a site that will produce is new capacity, not an export licence.
            if (bestClass == VerbClass.Grant && bestNounClass == NounClass.Licence
                && PermitsASite(text, mentions, bestNoun, f.MentionFrom, f.MentionTo)
                && lexicon.Combos[(int)VerbClass.Open, (int)NounClass.Mine] is { } site)
            {
                bestRule = site;
                bestType = site.Type;
            }

            // "Licences now take three months to approve": a grant that takes that long is a delay,
            // unless it takes less than before ("take 20 days to approve, down from 45").
            if (bestClass == VerbClass.Grant && DurationText.TakesTimeTo(text[..verb.Start], out var takesDays, out var takesUnit)
                && !DurationText.ShorterThanBaseline(text[Math.Max(verb.End, mentions[bestNoun].End)..sentence.End], takesDays, takesUnit)
                && lexicon.Combos[(int)VerbClass.Deny, (int)bestNounClass] is { } delay)
            {
                bestRule = delay;
                bestType = delay.Type;
            }

            // "Gallium exports hit an 18-month high": they rose, and were not hit. "Hit a
            // three-year low": exports that fell, not a stop of them.
            var level = bestClass == VerbClass.Stop ? ClauseText.HitsALevel(text, verb.Start, verb.End) : 0;
            if (level > 0)
            {
                if (lexicon.Combos[(int)VerbClass.Rise, (int)bestNounClass] is not { } rise)
                {
                    continue;
                }

                bestRule = rise;
                bestType = rise.Type;
            }
            else if (level < 0 && bestNounClass == NounClass.Flow)
            {
                bestType = "export_drop";
            }

            var ender = bestClass == VerbClass.Waive ? ReliefGoverns(text, mentions, v, bestNoun, f.MentionFrom, f.MentionTo) : -1;
            var endsWaiver = ender >= 0;
            if (endsWaiver)
            {
                consumed[ender] = true;
                endedAt = mentions[ender].End;
            }

            candidates.Add(new EventCandidate
            {
                Type = endsRelief || keepsRelief ? "controls_suspended" : bestType!,
                EndsRelief = endsRelief || endsWaiver,
                Direction = keepsRelief ? -bestRule.Direction : bestRule.Direction,
                Base = bestRule.Base,
                SupplySpecific = bestSupply,
                // "China halted antimony exports. Prices in Rotterdam have tripled": prices named
                // alone are those of the material before, as "that ban" is.
                RefersBack = !bestSupply && (bestNounClass == NounClass.Control || (bestNounClass == NounClass.Price && ClauseText.OpensSentence(text, sentence.Start, nounMention.Start)))
                    && ClauseText.RefersBack(text, nounMention.Start, nounMention.End, sentenceStart: bestNounClass == NounClass.Price ? sentence.Start : -1),
                SpanStart = Math.Min(verb.Start, nounMention.Start),
                SpanEnd = Math.Max(Math.Max(verb.End, nounMention.End), endedAt),
                Anchor = verb.Start,
                VerbStart = verb.Start,
                AcrossClause = nounMention.End <= verb.Start && ClauseText.SkipsRelativeClause(text[nounMention.End..verb.Start], text[verb.Start..verb.End]),
                // "Magnet licence approvals picked up in October", "gallium output fell 20% in
                // October": a count of licences or of output that moved, published weeks later.
                MonthlyFigure = bestNounClass is NounClass.Licence or NounClass.Production && bestNoun < v && (verb.Traits & MentionTraits.MovementVerb) != 0,
                EnforcesExisting = nounMention.Start > verb.End && ClauseText.EnforcesExistingControl(text, verb.Start, verb.End, nounMention.Start),
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
                // Unless a phrase that starts with the pause already tells what became of it:
                // "the gallium export ban pause was not extended".
                if (NextAdjacent(mentions, m) is not (var pause and >= 0) || !IsPhrase(mentions[pause]))
                {
                    candidates.Add(EventCandidate.OnMention(mention, "controls_suspended", relief.Direction, relief.Base, supplySpecific: true));
                }

                continue;
            }

            // "Its graphite licence would not be renewed", "the gallium export licences expired":
            // a licence named alone that ends right there is taken away.
            if ((f.Flags & SentenceFlags.Descriptive) == 0 && IsLicenceNoun(mention) && EndingRightAfter(text, mentions, m, f.MentionTo)
                && lexicon.Combos[(int)VerbClass.Stop, (int)NounClass.Licence] is { } stopped)
            {
                candidates.Add(EventCandidate.OnMention(mention, stopped.Type, stopped.Direction, stopped.Base, stopped.SupplySpecific));
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
                    // Nor are controls a truce is on: "extended their truce on rare earth export controls".
                    MentionKind.Noun when (f.Flags & SentenceFlags.Descriptive) == 0 && !SuspensionGoverns(text, mentions, m, f.MentionFrom)
                        && !IsTruceTopic(text, mentions, m, f.MentionFrom)
                        => lexicon.NounGroups[payloads[p].Id].Standalone,
                    _ => null,
                };
                // Nor a control named as what to be shielded from: "stockpiles to cushion member
                // states against Chinese export curbs".
                // Nor one more item of a list a verb took: "lifted the ban on gallium and the curbs on germanium".
                if (rule is null || (payloads[p].Kind == MentionKind.Noun && (ClauseText.IsObjectOfShielding(text, mention.Start)
                    || ListedAfterTakenNoun(text, sentence.Start, mentions, m, f.MentionFrom, consumed))))
                {
                    continue;
                }

                // "Licences for magnet exports rose": the licences rose, not the exports; and in
                // "licences granted for magnet exports rose" the grant already tells it.
                // "Shipped gallium to the United States for the first time in a year": a return
                // only after a shipment told before it, and when nothing else happened before it
                // ("exports fell for the first time in a year" is the fall).
                if (rule.NeedsShipment && (AnyCandidateBefore(candidates, mention.Start) || !ClauseText.TellsShipment(text[sentence.Start..mention.Start])
                    || !ClauseText.TellsGapAfterFirstTime(text[mention.End..])))
                {
                    break;
                }

                // "No germanium went to the United States": only right after "no" and materials.
                var noneFrom = rule.NeedsNone ? NoneOfMaterialsBefore(text, mentions, m, f.MentionFrom, sentence.Start) : -1;
                if (rule.NeedsNone && noneFrom < 0)
                {
                    break;
                }

                // "Buyers received no germanium licences", "have not received any licences":
                // licences of none, a refused grant, not goods that did not come. (A shortage told
                // by "lack of" stays one.)
                if (rule.NeedsGoodsAfter && rule.Type == "export_drop" && LicenceAfterGoods(mentions, m) is var ofNone and >= 0
                    && lexicon.Combos[(int)VerbClass.Grant, (int)NounClass.Licence] is { } grant)
                {
                    consumed[ofNone] = true;
                    var refused = EventCandidate.OnMention(mention, grant.Type + "_reversed", -grant.Direction, grant.Base, grant.SupplySpecific);
                    refused.SpanEnd = mentions[ofNone].End;
                    candidates.Add(refused);
                    break;
                }

                // "Received no germanium": only when goods come next, not "received no complaints".
                if (rule.NeedsGoodsAfter && !GoodsRightAfter(text, mentions, m))
                {
                    break;
                }

                // "A germanium squeeze": only right after a material, not "a margin squeeze".
                if (rule.NeedsMaterialBefore && !MaterialRightBefore(text, mentions, m, f.MentionFrom))
                {
                    break;
                }

                // "The first batch of dysprosium from Lynas arrived in Japan": an arrival is new
                // supply only after a first batch told before it, with no event of its own between.
                if (rule.NeedsFirstBatch && (AnyCandidateBefore(candidates, mention.Start) || !ClauseText.TellsFirstBatch(text[sentence.Start..mention.Start])))
                {
                    break;
                }

                // "Fears that China would halt gallium exports grew": the exports are the object of
                // the verb before them, and what grew is the fears. The verb's event is the one told.
                if (payloads[p].Kind == MentionKind.Phrase && IsRisingTradePhrase(mention)
                    && TakerOfPhraseNoun(text, mentions, m, f.MentionFrom, consumed) is var taker and >= 0
                    && FlowRuleOf(mentions[taker]) is { } taken)
                {
                    consumed[taker] = true;
                    var nounEnd = mention.Start + Math.Max(text[mention.Start..mention.End].IndexOf(' '), 0);
                    candidates.Add(new EventCandidate
                    {
                        Type = taken.Type,
                        Direction = taken.Direction,
                        Base = taken.Base,
                        SupplySpecific = taken.SupplySpecific,
                        SpanStart = mentions[taker].Start,
                        SpanEnd = nounEnd,
                        Anchor = mentions[taker].Start,
                        VerbStart = mentions[taker].Start,
                    });
                    break;
                }

                // "Freight rates for gallium shipments rose": the rates rose, not the shipments.
                if (!covered[m] && payloads[p].Kind == MentionKind.Phrase && IsRisingTradePhrase(mention)
                    && !HeadBeforeFor(text, mentions, m, f.MentionFrom).IsEmpty)
                {
                    break;
                }

                // "China's share of global gallium output fell": the share fell, not the output.
                if (payloads[p].Kind == MentionKind.Phrase && rule.Type is "export_rise" or "export_drop" or "production_cut"
                    && ShareOf(text, mentions, m, f.MentionFrom))
                {
                    break;
                }

                var monthlyFigure = rule.NeedsShipment || rule.NeedsNone || rule.NeedsGoodsAfter;
                if (covered[m] && payloads[p].Kind == MentionKind.Phrase && IsRisingTradePhrase(mention))
                {
                    var licence = CoveringLicence(mentions, m, f.MentionFrom);
                    if (licence >= 0 && consumed[licence])
                    {
                        MarkMonthlyFigure(candidates, mentions[licence].Start);
                        break;
                    }

                    // What rose is the licences, the waits for them or the lead times.
                    var rose = licence < 0 ? NounClass.Licence
                        : IsWaitNoun(mentions[licence]) ? NounClass.Wait
                        : IsLeadTimeNoun(mentions[licence]) ? NounClass.LeadTime
                        : NounClass.Licence;
                    if (lexicon.Combos[(int)VerbClass.Rise, (int)rose] is not { } coverRose)
                    {
                        break;
                    }

                    rule = coverRose;
                    monthlyFigure = rose == NounClass.Licence;
                }

                // "US importers received their first shipments from China in a year": a first
                // shipment after a gap is a return, not a new source. (So is one a phrase of
                // shipping tells: "shipped its first cargo of gallium since the ban".)
                if (rule.Type == "new_capacity"
                    && (ClauseText.IsFirstShipment(text[mention.Start..mention.End]) || EndsOnFirstBeforeShipment(text, mention, sentence.End))
                    && ClauseText.TellsGapLater(text[mention.End..sentence.End])
                    && lexicon.Combos[(int)VerbClass.Resume, (int)NounClass.Flow] is { } returned)
                {
                    rule = returned;
                }
                // "Customs cleared the first shipments of magnets to India": shipments a grant
                // lets through, whatever came before them.
                // (Not "received the first shipment of dysprosium from Lynas": a new source.)
                else if (rule.Type == "new_capacity" && m > f.MentionFrom && (mentions[m - 1].Traits & MentionTraits.GrantVerb) != 0
                    && ClauseText.IsFirstShipment(text[mention.Start..mention.End])
                    && ClauseText.LetsThrough(text[mentions[m - 1].Start..mentions[m - 1].End])
                    && ClauseText.IsDeterminersOrPossessive(text[mentions[m - 1].End..mention.Start])
                    && lexicon.Combos[(int)VerbClass.Grant, (int)NounClass.Flow] is { } cleared)
                {
                    consumed[m - 1] = true;
                    rule = cleared;
                }

                // "Signed an agreement to build a magnet plant", "a deal to recycle magnets": a
                // firm's agreement to do industrial work is that work (read by its own verb), no
                // truce. (One between countries is a partnership: "Japan and Australia signed a
                // deal to develop rare earth projects".)
                if (rule.Type == "truce" && !rule.SupplySpecific && System.Numerics.BitOperations.PopCount(f.Countries) < 2
                    && ClauseText.IsAgreementToWork(text, mention.End, sentence.End))
                {
                    break;
                }

                // "Beijing scrapped the requirement for exporters to report the end use of graphite
                // shipments": what a requirement that is lifted asked for is lifted with it.
                if (payloads[p].Kind == MentionKind.Phrase && rule.Direction > 0 && IsControlType(rule.Type)
                    && ClauseText.FollowsLiftedRequirement(text[sentence.Start..mention.Start])
                    && lexicon.Combos[(int)VerbClass.Relief, (int)NounClass.Control] is { } liftedWith)
                {
                    rule = liftedWith with { Type = "controls_lifted", SupplySpecific = rule.SupplySpecific };
                }

                var candidate = EventCandidate.OnMention(mention, rule.Type, rule.Direction, rule.Base, rule.SupplySpecific);
                candidate.StandaloneControl = payloads[p].Kind == MentionKind.Noun && IsControlNoun(mention);
                candidate.MonthlyFigure = monthlyFigure;
                if (noneFrom >= 0)
                {
                    candidate.SpanStart = noneFrom;
                    candidate.HoldsNegation = true;
                }

                candidates.Add(candidate);
                break;
            }
        }

        if (waivers)
        {
            AddWithdrawnWaiver(text, f, scratch);
        }

        AddDurationChange(text, sentence, f, scratch);
        AddStoresLeft(text, sentence, f, scratch);
        AddContrabandSeized(text, sentence, f, scratch);
    }

    /// <summary>"Export licences for gallium now take 90 days instead of 45", "exporters wait 30 days
    /// for a licence, down from 45": a licence that takes
    /// longer than before, or that buyers wait a stretch of time for, is a delay, one that takes less time a speed-up; one valid for longer
    /// than before eases the controls. The event is the first licence noun that no verb took.</summary>
    private void AddDurationChange(ReadOnlySpan<char> text, SentenceSpan sentence, in SentenceFacts f, ScoringScratch scratch)
    {
        for (var m = f.MentionFrom; m < f.MentionTo; m++)
        {
            var mention = scratch.Mentions[m];
            if (scratch.Consumed[m] || !IsLicenceNoun(mention))
            {
                continue;
            }

            var rest = text[mention.End..sentence.End];
            var change = DurationText.Change(rest);
            if (change == 0)
            {
                change = DurationText.WaitChange(text[sentence.Start..mention.Start], rest);
            }

            // "Exporters have been waiting two months for licences": with nothing to compare,
            // a wait of that long for them is a delay, as a licence that takes months to approve is.
            if (change == 0 && DurationText.WaitsFor(text[sentence.Start..mention.Start]))
            {
                change = 1;
            }

            // "Export licences now take up to 60 days to process": handling that takes that long
            // is a delay, as approval that takes months is ("take months to approve", read where
            // the verb pairs with the licence); processing is no verb of granting of its own.
            if (change == 0 && DurationText.TakesTimeToHandle(rest))
            {
                change = 1;
            }

            if (change != 0 && lexicon.Combos[(int)(change > 0 ? VerbClass.Deny : VerbClass.Grant), (int)NounClass.Licence] is { } rule)
            {
                scratch.Candidates.Add(EventCandidate.OnMention(mention, rule.Type, rule.Direction, rule.Base, supplySpecific: true));
                return;
            }

            // "Licences will be valid for a year instead of six months": a longer validity eases
            // the controls, as "extended the validity" does; a shorter one tightens them.
            var validity = DurationText.ValidityChange(rest);
            if (validity != 0 && lexicon.Combos[(int)(validity > 0 ? VerbClass.Relief : VerbClass.Impose), (int)NounClass.Licence] is { } validityRule)
            {
                scratch.Candidates.Add(EventCandidate.OnMention(mention, validityRule.Type, validityRule.Direction, validityRule.Base, supplySpecific: true));
            }

            return;
        }
    }
}
