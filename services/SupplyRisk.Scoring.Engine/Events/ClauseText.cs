using SupplyRisk.Scoring.Engine.Matching;
namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>What the text between two mentions, or around one, says about how a sentence is
/// built: where a clause ends, whether a passive verb looks back past a relative clause, whether
/// a word opens a clause, a sentence is a headline in title case or asks a question. Pure checks
/// on spans of the article, used by <see cref="EventExtractor"/>.</summary>
internal static class ClauseText
{
    /// <summary>"Restarted production lines that were idled in May": a passive verb in a relative
    /// clause is about the noun the clause hangs on, even when an earlier verb took that noun too.
    /// True when <paramref name="between"/> (noun to verb) is such a link.</summary>
    internal static bool IsRelativeLink(ReadOnlySpan<char> between) => between.Length is >= 10 and <= 17 && EqualsAny(between, RelativeLinks);

    /// <summary>"The restrictions that have left carmakers short of magnets were lifted": a
    /// passive verb right after a relative clause has the clause's antecedent for its subject,
    /// however long the clause. True when <paramref name="between"/> (noun to verb) opens such a
    /// clause and ends on a passive auxiliary, or <paramref name="verb"/> holds its own ("will not
    /// be implemented").</summary>
    internal static bool SkipsRelativeClause(ReadOnlySpan<char> between, ReadOnlySpan<char> verb = default, bool timePhraseAllowed = false)
    {
        if (between.Contains(';'))
        {
            return false;
        }

        // "The gallium ban, suspended last November, is back in force": the clause between
        // commas describes the noun, and the verb after it (or its auxiliary) is the noun's. It may
        // follow the noun's own short modifier: "the ban on gallium and germanium, imposed in 2023,
        // was lifted", "the export ban suspension, agreed last year, has ended".
        for (var comma = NextParenthetical(between, 0); comma >= 0 && comma <= ParentheticalOpenerReach; comma = NextParenthetical(between, comma + 1))
        {
            if (ParentheticalEnd(between, comma) is var rest and >= 0)
            {
                return rest == between.Length || IsAuxiliaryGap(between[(rest - 1)..]) || between[(rest - 1)..] is " now " or " again " or " also ";
            }
        }

        // (The verb's own auxiliary is looked at only when the span ends on none: pairs are many.)
        var verbHasAuxiliary = !EndsWithAny(between, PassiveAuxiliaries);
        if (verbHasAuxiliary && !OpensWithAuxiliary(verb))
        {
            return false;
        }

        if (ReducedRelativeParticiple(between, verbHasAuxiliary, timePhraseAllowed) >= 0)
        {
            return true;
        }

        // The clause may follow the noun's own short modifier: "restrictions on graphite that…".
        var head = between[..Math.Min(between.Length, RelativeOpenerReach)];
        foreach (var opener in RelativeOpeners)
        {
            if (head.IndexOf(opener, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private const int RelativeOpenerReach = 24;

    /// <summary>Whether <paramref name="gap"/>, between an event and a word that qualifies it,
    /// keeps them in one clause: no comma or semicolon, or only a comma that opens a concession
    /// about the same act ("were still being approved, though more slowly").</summary>
    internal static bool IsConcessiveGap(ReadOnlySpan<char> gap) =>
        gap.IndexOfAny(',', ';') < 0 || gap is ", though " or ", but " or ", albeit " or ", although ";

    /// <summary>"Licences already granted for gallium shipments were cancelled", "the ban on
    /// gallium imposed in 2023 was lifted": a participle after a noun (and the noun's own short
    /// modifier), with no "that" or "which", opens a clause that describes the noun when a passive
    /// auxiliary later in the same clause needs the noun for its subject. True when
    /// <paramref name="between"/> (noun to the later verb) is such a clause: the modifier, an
    /// optional adverb, the participle, then words with no comma, conjunction or subordinator
    /// ("exports rebounded after controls were lifted" is two clauses), up to the auxiliary.</summary>
    internal static bool IsReducedRelative(ReadOnlySpan<char> between) => ReducedRelativeParticiple(between) >= 0;

    /// <summary>Where the participle of the clause <see cref="IsReducedRelative"/> finds in
    /// <paramref name="between"/> starts, or -1 when it is no such clause. With
    /// <paramref name="timePhraseAllowed"/> (a participle that only takes an object), "before",
    /// "after", "since" and "until" after it open its own time phrase, not another clause.</summary>
    internal static int ReducedRelativeParticiple(ReadOnlySpan<char> between, bool verbHasAuxiliary = false, bool timePhraseAllowed = false)
    {
        if (between.Length > ReducedRelativeReach || between.Length < 2 || between[0] != ' ' || !char.IsLower(between[1])
            || !(verbHasAuxiliary ? between[^1] == ' ' : EndsWithAny(between, PassiveAuxiliaries)) || between.IndexOfAny(',', ';') >= 0)
        {
            return -1;
        }

        // One pass over the words: pairs are checked often.
        var participle = -1;
        for (var start = 1; start < between.Length;)
        {
            var length = between[start..].IndexOf(' ');
            if (length <= 0)
            {
                break;
            }

            var word = between.Slice(start, length);
            if (IsClauseBreak(word) && !(timePhraseAllowed && participle >= 0 && word is "before" or "after" or "since" or "until"))
            {
                return -1;
            }

            if (participle < 0)
            {
                // Only the noun's own short modifier ("on gallium exports") and an adverb come
                // before the participle.
                if (char.IsLower(word[0]) && IsParticiple(word))
                {
                    participle = start;
                }
                else if (start + length > ModifierReach && !IsRelativeAdverb(word))
                {
                    return -1;
                }
            }

            start += length + 1;
        }

        return participle;
    }

    internal const int ModifierReach = 32;

    /// <summary>Whether a verb phrase holds its own auxiliary: "will not be implemented".</summary>
    internal static bool OpensWithAuxiliary(ReadOnlySpan<char> verb) =>
        verb.Length > 3 && verb[0] is 'w' or 'W' or 'h' or 'H' or 'i' or 'I' or 'a' or 'A' && StartsWithAny(verb, VerbAuxiliaries);

    private static readonly string[] VerbAuxiliaries = ["will ", "would ", "won't ", "was ", "were ", "has been ", "have been ", "is being ", "are being "];

    /// <summary>Whether any word of <paramref name="words"/> looks like a participle (in lower
    /// case: "United" is a name).</summary>
    internal static bool HasParticiple(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.Length > 0 && char.IsLower(word[0]) && IsParticiple(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a list's joint (", ", " and ", ", and ", " or ") ends in <paramref name="before"/>
    /// (the text up to a noun), past at most two determiners or adjectives of the noun ("and the
    /// new"); -1 when it does not end with one. The joint must follow a word, not a clause
    /// opener ("said that the").</summary>
    internal static int ListJoinBefore(ReadOnlySpan<char> before)
    {
        var rest = before.TrimEnd(' ');
        for (var words = 0; words < 2; words++)
        {
            var space = rest.LastIndexOf(' ');
            var word = rest[(space + 1)..];
            if (space < 0 || !(IsDeterminer(word) || word is "further" or "other" or "its" or "their"))
            {
                break;
            }

            rest = rest[..space].TrimEnd(' ');
        }

        if (rest.EndsWith(','))
        {
            return rest.Length;
        }

        foreach (var joint in ListJoints)
        {
            if (rest.EndsWith(joint, StringComparison.Ordinal))
            {
                return rest.Length;
            }
        }

        return -1;
    }

    private static readonly string[] ListJoints = [", and", " and", ", or", " or", ", as well as", " as well as"];

    /// <summary>Whether <paramref name="cue"/> opens with a form of "be": "is not", "were not".</summary>
    internal static bool StartsWithBeForm(ReadOnlySpan<char> cue) =>
        cue.StartsWith("is ", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("are ", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("was ", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("were ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The run of letters that starts at <paramref name="at"/>.</summary>
    internal static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[at..end];
    }

    internal static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.Length > 3 && !word.Equals("been", StringComparison.OrdinalIgnoreCase) && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal) || word.EndsWith("wn", StringComparison.Ordinal));

    internal const int ReducedRelativeReach = 90;

    private static bool IsRelativeAdverb(ReadOnlySpan<char> word) =>
        word is "already" or "previously" or "recently" or "earlier" or "originally" or "first" or "once";

    /// <summary>A conjunction or subordinator that opens another clause.</summary>
    private static bool IsClauseBreak(ReadOnlySpan<char> word) =>
        word is "and" or "but" or "or" or "that" or "which" or "who" or "after" or "before" or "when" or "while" or "as" or "because"
            or "since" or "until" or "if" or "unless" or "though" or "although";


    /// <summary>"The suspension of the gallium ban, announced last November, was renewed": a
    /// clause set off by commas right after a noun, opened by a participle ("announced",
    /// "agreed", "first imposed") or "which", describes the noun. When <paramref name="text"/>
    /// has one at <paramref name="at"/> (its opening comma), returns where the sentence goes on
    /// after the closing comma and its blank; otherwise -1.</summary>
    internal static int ParentheticalEnd(ReadOnlySpan<char> text, int at)
    {
        // Or in brackets: "China's ban on gallium exports (imposed in 2023 and suspended last
        // year) returned on Friday".
        // Or between dashes with blanks around them: "the gallium ban - imposed in December 2024
        // - was lifted".
        var bracket = at + 1 < text.Length && text[at] == '(';
        var dash = !bracket && at > 0 && at + 2 < text.Length && text[at] is '-' or '\u2013' or '\u2014' && text[at - 1] == ' ' && text[at + 1] == ' ';
        if (!bracket && !dash && (at + 2 >= text.Length || text[at] != ',' || text[at + 1] != ' '))
        {
            return -1;
        }

        var innerStart = at + (bracket ? 1 : 2);
        var inner = text[innerStart..];
        var close = inner[..Math.Min(inner.Length, ParentheticalReach)].IndexOfAny(bracket ? ")" : dash ? DashClosers(text[at]) : ",;");
        if (close < 0 || inner[close] == ';' || close + 1 >= inner.Length || inner[close + 1] != ' ' || (dash && (close == 0 || inner[close - 1] != ' ')))
        {
            return -1;
        }

        if (dash)
        {
            inner = inner[..(close - 1)]; // the words, without the blank before the closing dash
            close--;
        }

        var words = inner[..close];
        foreach (var adverb in ParentheticalAdverbs)
        {
            if (words.StartsWith(adverb, StringComparison.OrdinalIgnoreCase))
            {
                words = words[adverb.Length..];
                break;
            }
        }

        var space = words.IndexOf(' ');
        var first = space < 0 ? words : words[..space];
        var opens = (first.Length > 4 && first.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(first[0]))
            || first.SequenceEqual("which") || first.SequenceEqual("set") || first.SequenceEqual("put") || first.SequenceEqual("due");
        return opens ? innerStart + close + (dash ? 3 : 2) : -1;
    }

    private static string DashClosers(char dash) => dash switch
    {
        '-' => "-;",
        '\u2013' => "\u2013;",
        _ => "\u2014;",
    };

    /// <summary><see cref="ParentheticalEnd"/> for a clause right after a word that ends at
    /// <paramref name="at"/>: its comma, or a blank and its bracket.</summary>
    internal static int ParentheticalAfter(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && text[at] == ' ' && text[at + 1] is '(' or '-' or '\u2013' or '\u2014' ? ParentheticalEnd(text, at + 1) : ParentheticalEnd(text, at);

    /// <summary>The first comma or opening bracket in <paramref name="text"/> at or after
    /// <paramref name="from"/>, where a clause between commas or brackets may open; -1 if none.</summary>
    internal static int NextParenthetical(ReadOnlySpan<char> text, int from)
    {
        var next = from < text.Length ? text[from..].IndexOfAny(ParentheticalOpeners) : -1;
        return next < 0 ? -1 : from + next;
    }

    internal static readonly System.Buffers.SearchValues<char> ParentheticalOpeners = System.Buffers.SearchValues.Create(",(-\u2013\u2014");

    private const int ParentheticalReach = 80;

    private const int ParentheticalOpenerReach = 40;

    private static readonly string[] ParentheticalAdverbs = ["first ", "originally ", "initially ", "only "];

    /// <summary>Whether the predicate at <paramref name="at"/> (after an optional auxiliary, and
    /// "not") renews or ends what its subject names: "was renewed", "has been extended", "ended",
    /// "expired", "was not renewed". Such a predicate is the news a sentence reports about a pause
    /// whose own start a clause before it dates.</summary>
    internal static bool IsRenewalOrEnd(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        foreach (var auxiliary in PredicateAuxiliaries)
        {
            if (rest.StartsWith(auxiliary, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[auxiliary.Length..];
                break;
            }
        }

        if (rest.StartsWith("not ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..];
        }

        foreach (var verb in RenewalOrEndVerbs)
        {
            if (rest.StartsWith(verb, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == verb.Length || !char.IsLetter(rest[verb.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PredicateAuxiliaries =
    [
        "has been ", "have been ", "had been ", "will be ", "would be ", "is being ", "was ", "were ", "has ", "have ", "had ",
        "is ", "are ", "will ", "would ",
    ];

    private static readonly string[] RenewalOrEndVerbs =
    [
        "extended", "renewed", "prolonged", "ended", "ends", "end", "expired", "expires", "expire", "lapsed", "lapses", "lapse",
        "lifted", "scrapped", "dropped", "ran out", "runs out", "run out", "over",
    ];

    private static readonly string[] RelativeOpeners = [" that ", " which "];

    private static readonly string[] PassiveAuxiliaries =
        [" was ", " were ", ", was ", ", were ", " has been ", " have been ", ", has been ", ", have been ", " is ", " are ", ", is ", ", are "];

    /// <summary>Whether <paramref name="between"/> (a noun to the verb after it) is only an
    /// auxiliary, so that the noun is the verb's subject: "controls were lifted", "the ban has
    /// ended".</summary>
    internal static bool IsAuxiliaryGap(ReadOnlySpan<char> between) => between.Length is >= 4 and <= 11 && EqualsAny(between, AuxiliaryGaps);

    /// <summary><paramref name="between"/> past a leading place, " in Hunan" or " at Bayan Obo"
    /// (a preposition and up to three capitalised words), from the blank before the next word;
    /// unchanged when it does not start with one.</summary>
    internal static ReadOnlySpan<char> SkipPlace(ReadOnlySpan<char> between)
    {
        var rest = between;
        if (!(rest.StartsWith(" in ", StringComparison.Ordinal) || rest.StartsWith(" at ", StringComparison.Ordinal) || rest.StartsWith(" near ", StringComparison.Ordinal)))
        {
            return between;
        }

        rest = rest[1..];
        rest = rest[(rest.IndexOf(' ') + 1)..];
        var words = 0;
        while (words < 3 && rest.Length > 0 && char.IsUpper(rest[0]))
        {
            var end = rest.IndexOf(' ');
            if (end < 0)
            {
                return between;
            }

            rest = rest[end..];
            words++;
            if (rest.Length < 2 || !char.IsUpper(rest[1]))
            {
                break;
            }

            rest = rest[1..];
        }

        return words > 0 && rest.Length > 0 && rest[0] == ' ' ? rest : between;
    }

    private static bool EqualsAny(ReadOnlySpan<char> span, string[] options)
    {
        foreach (var option in options)
        {
            if (span.SequenceEqual(option))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AuxiliaryGaps =
    [
        " was ", " were ", " is ", " are ", " has ", " have ", " had ", " has been ", " have been ", " had been ",
        " will be ", " would be ",
    ];

    /// <summary>Whether <paramref name="between"/> (a noun to a verb after it) ends on a passive
    /// auxiliary and holds no comma or semicolon before it: " for magnet exports has been ".</summary>
    internal static bool EndsOnPassiveAuxiliary(ReadOnlySpan<char> between) =>
        EndsWithAny(between, PassiveAuxiliaries) && between[..^2].IndexOfAny(',', ';') < 0;

    private static bool EndsWithAny(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var word in words)
        {
            if (span.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] RelativeLinks =
    [
        " that were ", " that was ", " which were ", " which was ",
        " that had been ", " which had been ", " that have been ", " which have been ", " that has been ",
    ];

    /// <summary>Whether <paramref name="between"/> crosses from one clause into another: a
    /// semicolon, a comma before a conjunction (", and", ", although"), or, when what follows is
    /// the verb's object, a subordinator or condition (" after ", " if ", " as ").</summary>
    internal static bool SeparatesClauses(ReadOnlySpan<char> between, bool nounAfterVerb)
    {
        // One pass: pairs are checked often, and most spans hold neither punctuation nor a
        // subordinator.
        for (var i = 0; i < between.Length; i++)
        {
            switch (between[i])
            {
                case ';':
                    return true;
                case ',' when StartsWithAny(between[(i + 1)..], ClauseConjunctions):
                    return true;
                case ' ' when nounAfterVerb && (StartsWithAny(between[i..], Subordinators) || IsConjunctionAs(between, i)):
                    return true;
            }
        }

        return false;
    }

    private static readonly string[] ClauseConjunctions = [" and ", " but ", " while ", " whereas ", " although ", " though ", " even though "];

    private static readonly string[] Subordinators = [" after ", " since ", " because ", " if ", " unless "];

    /// <summary>" as " opening a clause ("prices halved as supplies returned": the supplies
    /// did not halve), not either " as " of a quantity or a list ("halted as many as 30
    /// shipments", "exports as well as shipments"), nor "as part of".</summary>
    private static bool IsConjunctionAs(ReadOnlySpan<char> between, int at)
    {
        var span = between[at..];
        if (!span.StartsWith(" as ", StringComparison.Ordinal) || span[3..].StartsWith(" part of ", StringComparison.Ordinal))
        {
            return false;
        }

        var before = between[..at];
        foreach (var word in AsQuantityWords)
        {
            if (span[3..].StartsWith(word, StringComparison.Ordinal) && span[(3 + word.Length)..].StartsWith(" as ", StringComparison.Ordinal)
                || before.EndsWith(word, StringComparison.Ordinal) && before[..^word.Length].EndsWith(" as", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] AsQuantityWords = [" well", " much", " many", " high", " low", " little", " few", " far"];

    private static bool StartsWithAny(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var word in words)
        {
            if (span.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the time cue at <paramref name="cueStart"/> dates what an event is
    /// compared with, not the event: "fell 30% compared with last year", "took longer than in
    /// May", "twice as long as last year", "down from the same period last year". "From" and
    /// "as" count only before a cue that is a time in the past by itself
    /// (<paramref name="loose"/>), since "from May 1" and "as of May" date the event.</summary>
    internal static bool IsComparisonBaseline(ReadOnlySpan<char> text, int cueStart, bool loose)
    {
        var before = text[..cueStart].TrimEnd();
        // Most time cues follow none of the words below: look at the last word once, lower-cased
        // and matched by a switch, before the case-insensitive compares (they showed in the profile).
        if (!EndsWithBaselineWord(before))
        {
            return false;
        }

        foreach (var filler in LevelFillers)
        {
            if (before.EndsWith(filler, StringComparison.OrdinalIgnoreCase))
            {
                var multiple = before[..^filler.Length];
                foreach (var word in MultipleWords)
                {
                    if (multiple.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                break;
            }
        }

        foreach (var filler in ComparisonFillers)
        {
            if (before.EndsWith(filler, StringComparison.OrdinalIgnoreCase))
            {
                before = before[..^filler.Length];
                break;
            }
        }

        foreach (var word in ComparisonWords)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return loose && (before.EndsWith(" from", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" as", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the time cue at <paramref name="cueStart"/> follows a superlative and
    /// "since": "their highest level since March", "the lowest monthly total since 2023". The
    /// time is what the figure is compared with, not when the event happened or began.</summary>
    internal static bool IsSuperlativeBaseline(ReadOnlySpan<char> text, int cueStart)
    {
        // Most cues follow no "since": compare its letters before anything else.
        if (cueStart < 7 || text[cueStart - 1] != ' ' || (text[cueStart - 2] | 0x20) != 'e' || (text[cueStart - 3] | 0x20) != 'c'
            || (text[cueStart - 4] | 0x20) != 'n' || (text[cueStart - 5] | 0x20) != 'i' || (text[cueStart - 6] | 0x20) != 's' || text[cueStart - 7] != ' ')
        {
            return false;
        }

        var before = text[..(cueStart - 7)];
        for (var words = 0; words <= 3 && before.Length > 0; words++)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            foreach (var superlative in Superlatives)
            {
                if (word.Equals(superlative, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if (space < 0 || word.IndexOfAny(",;") >= 0)
            {
                return false;
            }

            before = before[..space];
        }

        return false;
    }

    /// <summary>"The controls, which were tightened in October, will be reviewed": whether the verb
    /// at <paramref name="verbStart"/> is told in the past by "was" or "were" right before it, so
    /// that a month in its clause is a past one though the sentence speaks of the future.</summary>
    internal static bool HasPastAuxiliary(ReadOnlySpan<char> text, int verbStart) =>
        verbStart >= 0 && WordBefore(text, verbStart) is "was" or "were";

    /// <summary>"The curbs have delayed plans to build a refinery": whether a plan, an effort or a
    /// bid (past a determiner) and "to" come right after the verb that ends at
    /// <paramref name="verbEnd"/>. The verb acts on the plan, not on a noun near it.</summary>
    internal static bool TakesAPlan(ReadOnlySpan<char> text, int verbEnd)
    {
        // Runs for most verbs: the first letters of the plan words and their determiners first.
        if (verbEnd + 1 >= text.Length || text[verbEnd] != ' '
            || text[verbEnd + 1] is not ('p' or 'e' or 'b' or 'a' or 'd' or 'i' or 't' or 'h' or 'o' or 's'))
        {
            return false;
        }

        var rest = text[(verbEnd + 1)..];
        var first = WordLength(rest);
        if (first > 0 && IsAnyLowerWord(rest[..first], PlanDeterminers) && rest.Length > first)
        {
            rest = rest[(first + 1)..];
            first = WordLength(rest);
        }

        return first > 0 && IsAnyLowerWord(rest[..first], PlanWords) && rest[first..].StartsWith(" to ", StringComparison.Ordinal);
    }

    /// <summary>"Lynas postponed plans to build a plant in Texas", "could slow efforts to build
    /// magnet plants outside China": whether <paramref name="before"/> (the sentence up to an
    /// event) ends within a few words after "to" and a plan that a verb of slowing, delaying or
    /// scrapping takes. What the plan was to do has not happened, and the plan is set back.</summary>
    internal static bool InObstructedPlan(ReadOnlySpan<char> before)
    {
        // Runs for every event: only the last few words can hold the "to".
        var window = Math.Min(before.Length, ObstructedPlanReach);
        var to = before[^window..].LastIndexOf(" to ", StringComparison.Ordinal);
        if (to < 0)
        {
            return false;
        }

        to += before.Length - window;
        if (before[to..].IndexOfAny(',', ';') >= 0)
        {
            return false;
        }

        var head = before[..to];
        var space = head.LastIndexOf(' ');
        if (space < 0 || !IsAnyLowerWord(head[(space + 1)..], PlanWords))
        {
            return false;
        }

        head = head[..space];
        space = head.LastIndexOf(' ');
        if (space >= 0 && IsAnyLowerWord(head[(space + 1)..], PlanDeterminers))
        {
            head = head[..space];
            space = head.LastIndexOf(' ');
        }

        return IsAnyLowerWord(head[(space + 1)..], ObstructingVerbs);
    }

    // "To build a new heavy rare earth plant": the plan's own words up to the event.
    private const int ObstructedPlanReach = 48;

    private static readonly string[] PlanWords = ["plans", "plan", "efforts", "effort", "bid", "bids", "attempts", "attempt", "ambitions", "drive", "push"];

    private static readonly string[] PlanDeterminers = ["its", "their", "the", "a", "his", "her", "our", "some", "several"];

    private static readonly string[] ObstructingVerbs =
    [
        "slow", "slows", "slowed", "slowing", "delay", "delays", "delayed", "delaying", "postpone", "postpones", "postponed", "postponing",
        "hamper", "hampers", "hampered", "hampering", "hinder", "hinders", "hindered", "hindering", "derail", "derails", "derailed",
        "derailing", "complicate", "complicates", "complicated", "complicating", "undermine", "undermines", "undermined", "undermining",
        "shelve", "shelves", "shelved", "shelving", "scrap", "scraps", "scrapped", "scrapping", "abandon", "abandons", "abandoned",
        "abandoning", "stall", "stalls", "stalled", "stalling", "thwart", "thwarts", "thwarted", "thwarting", "frustrate", "frustrates",
        "frustrated", "frustrating", "jeopardise", "jeopardises", "jeopardised", "jeopardize", "jeopardizes", "jeopardized",
        "dropped", "halted", "froze", "frozen", "suspended", "cancelled", "canceled",
    ];

    /// <summary>"Under licence requirements since 2023 and prices rose again": whether the words
    /// after "since" are a date (a year, or a day or month with an optional year) that closes it,
    /// then "and" or "but" and a clause of its own, which "since" does not reach.</summary>
    internal static bool SinceClosesOnDate(ReadOnlySpan<char> afterSince)
    {
        var rest = afterSince.TrimStart(' ');
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        if (digits == 4)
        {
            rest = rest[4..];
        }
        else if (digits == 0 && WordLength(rest) is var name and > 0 && char.IsUpper(rest[0]) && IsAnyWord(rest[..name], TimeNames))
        {
            rest = rest[name..];
            if (rest.Length > 5 && rest[0] == ' ' && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[4]) && (rest.Length == 5 || !char.IsAsciiDigit(rest[5])))
            {
                rest = rest[5..];
            }
        }
        else
        {
            return false;
        }

        return rest.StartsWith(" and ", StringComparison.Ordinal) || rest.StartsWith(" but ", StringComparison.Ordinal);
    }

    /// <summary>Whether the words between "since" and an event's verb hold a subject of a
    /// clause of its own: a name ("since China imposed"), a pronoun or two words or more ("since
    /// the ministry tightened"); not an adverb that "since" itself modifies ("has since halted",
    /// "since then halted").</summary>
    internal static bool HasSubjectAfterSince(ReadOnlySpan<char> between)
    {
        // Past a comma the event is the main clause's: "since the controls were eased, prices have fallen".
        var words = between.Trim();
        if (words.IsEmpty || words.IndexOfAny(',', ';') >= 0)
        {
            return false;
        }

        return char.IsUpper(words[0]) || words.Contains(' ') || words is "it" or "they" or "we" or "he" or "she";
    }

    private static readonly string[] Superlatives =
    [
        "highest", "lowest", "largest", "biggest", "smallest", "strongest", "weakest", "steepest",
        "sharpest", "best", "worst", "most", "least", "fewest",
        // "Their first magnet export licences since April": the first since a time is news.
        "first",
    ];

    /// <summary>Whether <paramref name="before"/> ends with a word that the fillers and comparison
    /// words of <see cref="IsComparisonBaseline"/> end with.</summary>
    private static bool EndsWithBaselineWord(ReadOnlySpan<char> before)
    {
        var start = before.Length;
        while (start > 0 && (char.IsAsciiLetter(before[start - 1]) || before[start - 1] == '.') && before.Length - start <= 7)
        {
            start--;
        }

        var word = before[start..];
        if (word.IsEmpty || word.Length > 7)
        {
            return false;
        }

        Span<char> lower = stackalloc char[7];
        var folded = lower[..word.ToLowerInvariant(lower)];
        return folded is "level" or "levels" or "of" or "in" or "period" or "month" or "quarter" or "time" or "than" or "with" or "to"
            or "versus" or "vs" or "vs." or "below" or "above" or "over" or "from" or "as";
    }

    private static readonly string[] ComparisonFillers = [" in", " the same period", " the same month", " the same quarter", " the same time"];

    private static readonly string[] ComparisonWords = [" than", " compared with", " compared to", " versus", " vs", " vs.", " below", " above", " over"];

    // "More than four times their level a year ago", "half the level of last year" (not "rose
    // four times in 2023": a count of rises).
    private static readonly string[] LevelFillers = [" their level", " its level", " the level", " their levels", " the levels", " the level of", " their level of"];

    private static readonly string[] MultipleWords = [" times", " twice", " half"];

    /// <summary>The word at <paramref name="at"/> opens the sentence or a clause inside it (after
    /// a colon, a quotation mark, a bracket or a dash), where any word is capitalised.</summary>
    internal static bool StartsClause(ReadOnlySpan<char> text, int sentenceStart, int at)
    {
        var i = at - 1;
        while (i >= sentenceStart && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < sentenceStart || text[i] is ':' or '"' or '\u201C' or '\'' or '\u2018' or '(' or '[' or '\u2013' or '\u2014' or '-' or '\n';
    }

    internal static bool NextWordCapitalised(ReadOnlySpan<char> text, int from, int sentenceEnd)
    {
        var i = from;
        while (i < sentenceEnd && text[i] == ' ')
        {
            i++;
        }

        return i < sentenceEnd && char.IsUpper(text[i]);
    }

    /// <summary>Whether <paramref name="title"/> labels the piece as one that explains, recounts
    /// or comments on news rather than reports it: "Explainer: ...", "Timeline - ...", "Opinion:
    /// ...", "ANALYSIS-...", or says so in words: "Five things to know about the antimony ban",
    /// "China's rare earth curbs: what they mean for carmakers", "Gallium ban: what happens
    /// next".</summary>
    internal static bool IsExplainerTitle(ReadOnlySpan<char> title)
    {
        title = title.TrimStart();
        foreach (var label in ExplainerLabels)
        {
            if (title.Length > label.Length + 1 && title.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && title[label.Length..].TrimStart(' ') is [':' or '-' or '|' or '\u2013' or '\u2014', ..])
            {
                return true;
            }
        }

        foreach (var phrase in ExplainerPhrases)
        {
            if (title.ContainsIgnoreCase(phrase))
            {
                return true;
            }
        }

        // "What the end of the gallium truce means for chipmakers": a question of what something
        // means, however long the something.
        var what = title.IndexOfIgnoreCase("what ");
        return what >= 0 && (what == 0 || !char.IsLetter(title[what - 1]))
            && (title[what..].ContainsIgnoreCase(" means for ") || title[what..].ContainsIgnoreCase(" mean for "));
    }

    private static readonly string[] ExplainerPhrases =
        ["things to know", "what to know", "what we know", "need to know", "what it means", "what they mean", "what this means", "what that means",
         "what the ban means", "what the curbs mean", "what the controls mean", "what the rules mean", "what the move means", "what the truce means",
         "what the deal means", "why it matters", "questions and answers", "what happens next", "what comes next"];

    private static readonly string[] ExplainerLabels =
        ["Explainer", "Explained", "Analysis", "Timeline", "Factbox", "Fact box", "Opinion", "Comment", "Column", "Q&A", "Breakingviews"];

    /// <summary>Whether the verb at <paramref name="at"/> heads a clause of its own: right after a
    /// modal, a subject pronoun or a plan to do it ("that it would suspend", "plans to lift").</summary>
    internal static bool OpensVerbClause(ReadOnlySpan<char> text, int at)
    {
        var word = WordBefore(text, at);
        if (word is "will" or "would" or "could" or "may" or "might" or "shall" or "must" or "can" or "it" or "they" or "we")
        {
            return true;
        }

        // Not a bare "to": "require exporters to obtain a licence" and "slow to approve licences"
        // are the first verb's; a plan or decision to do something is the later verb's, and so is
        // one that starts or goes on ("delays were starting to halt production lines").
        return word is "to" && WordBefore(text, at - 3) is "plans" or "plan" or "decision" or "decided" or "agreed" or "moved" or "move"
            or "start" or "starts" or "started" or "starting" or "begin" or "begins" or "began" or "begun" or "beginning"
            or "continue" or "continues" or "continued" or "continuing";
    }

    /// <summary>Whether a modal verb comes right before <paramref name="at"/>: "may still stop",
    /// "could still be delayed" say what may happen, not a state that goes on.</summary>
    internal static bool FollowsModal(ReadOnlySpan<char> text, int at) =>
        WordBefore(text, at) is var word && (word.SequenceEqual("may") || word.SequenceEqual("might") || word.SequenceEqual("could")
            || word.SequenceEqual("will") || word.SequenceEqual("would") || word.SequenceEqual("can"));

    /// <summary>"The licensing regime has caused delays for gallium shipments": right after a verb
    /// of causing ("caused", "led to", "resulted in"), a verb form is a noun, what was caused, and
    /// the noun before is the cause, not its subject. (Not after "faced" or "suffered": "gallium
    /// shipments faced delays" delays the shipments.)</summary>
    internal static bool FollowsCause(ReadOnlySpan<char> text, int at)
    {
        var word = WordBefore(text, at);
        if (word.IsEmpty)
        {
            return false;
        }

        if (IsAnyLowerWord(word, CausingVerbs))
        {
            return true;
        }

        return word is "to" or "in" && IsAnyLowerWord(WordBefore(text, at - word.Length - 1), word is "to" ? CausingBeforeTo : CausingBeforeIn);
    }

    private static readonly string[] CausingVerbs =
        ["caused", "causing", "causes", "cause", "created", "creating", "creates", "triggered", "triggering", "triggers",
         "sparked", "sparking", "sparks"];

    private static readonly string[] CausingBeforeTo = ["led", "lead", "leads", "leading"];

    private static readonly string[] CausingBeforeIn = ["resulted", "result", "results", "resulting"];

    /// <summary>The word that ends one blank before <paramref name="at"/> (lower case only:
    /// these are function words), or an empty span.</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int at)
    {
        if (at < 2 || text[at - 1] != ' ')
        {
            return default;
        }

        var end = at - 1;
        var start = end;
        while (start > 0 && char.IsAsciiLetterLower(text[start - 1]))
        {
            start--;
        }

        return start > 0 && text[start - 1] != ' ' ? default : text[start..end];
    }

    /// <summary>Whether the word at <paramref name="start"/> is "would" told in reported speech:
    /// right after "it", "they", "he" or "she" (the sayer's own pronoun), with a reporting verb shortly
    /// before in the same clause: "China said on Thursday it would keep the pause", "the ministry
    /// announced that they would resume approvals". Not "analysts said China would lift it",
    /// which is a forecast.</summary>
    internal static bool IsReportedWill(ReadOnlySpan<char> text, int sentenceStart, int start, int end)
    {
        if (!text[start..end].Equals("would", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = text[sentenceStart..start];
        var word = WordBefore(text, start);
        if (word is not ("it" or "they" or "he" or "she"))
        {
            return AnnouncedThat(before) || OfficialSaid(before);
        }

        var pronoun = before.Length - word.Length - 2;
        if (pronoun < 0)
        {
            return false;
        }

        var window = before[Math.Max(0, pronoun - ReportedWillReach)..pronoun];
        foreach (var verb in ReportingVerbs)
        {
            var at = window.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && window[at..].IndexOfAny(',', ';') < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The commerce ministry announced on Thursday that gallium export controls would be
    /// tightened": after a verb that makes a decision public ("announced", "confirmed", "declared",
    /// "decided") and "that", in the same clause, "would" is the decision told in reported speech.
    /// Not after "said": "analysts said that prices would rise" is a forecast.</summary>
    private static bool AnnouncedThat(ReadOnlySpan<char> before)
    {
        var window = before[Math.Max(0, before.Length - AnnouncedWillReach)..];
        var that = window.LastIndexOf(" that ", StringComparison.Ordinal);
        if (that < 0 || HasClauseBreak(window[that..]))
        {
            return false;
        }

        foreach (var verb in AnnouncingVerbs)
        {
            var at = window[..that].LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && that - at <= ReportedWillReach && window[at..that].IndexOfAny(',', ';') < 0)
            {
                return true;
            }
        }

        return false;
    }

    private const int AnnouncedWillReach = 96;

    /// <summary>"China said licence applications for civilian uses would be approved": after
    /// "said" with the authority itself as the sayer (China, Beijing, the ministry, officials), in
    /// the same clause, "would" is its decision told in reported speech. "Analysts said" and
    /// "traders said" are forecasts.</summary>
    private static bool OfficialSaid(ReadOnlySpan<char> before)
    {
        var window = before[Math.Max(0, before.Length - AnnouncedWillReach)..];
        foreach (var verb in (ReadOnlySpan<string>)[" said ", " says "])
        {
            var at = window.LastIndexOf(verb, StringComparison.Ordinal);
            if (at < 0 || HasClauseBreak(window[at..]))
            {
                continue;
            }

            var start = at;
            while (start > 0 && char.IsLetter(window[start - 1]))
            {
                start--;
            }

            if (IsAnyWord(window[start..at], OfficialSayers))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="span"/> holds a semicolon or a comma that parts clauses.
    /// The commas of a list of short items that "and" or "or" closes do not: "said holmium,
    /// erbium, thulium and ytterbium would need licences".</summary>
    private static bool HasClauseBreak(ReadOnlySpan<char> span)
    {
        var comma = span.IndexOfAny(',', ';');
        if (comma < 0)
        {
            return false;
        }

        var rest = span[comma..];
        while (true)
        {
            if (rest[0] == ';')
            {
                return true;
            }

            rest = rest[1..];
            var next = rest.IndexOfAny(',', ';');
            var item = next < 0 ? rest : rest[..next];
            if (next < 0)
            {
                // The last item closes the list: "and ytterbium", "europium and ytterbium".
                var and = item.IndexOf(" and ", StringComparison.Ordinal) is var a and >= 0 ? a : item.IndexOf(" or ", StringComparison.Ordinal);
                return and < 0 || item[..and].Count(' ') > ListItemWords;
            }

            if (item.Trim().Count(' ') >= ListItemWords)
            {
                return true;
            }

            rest = rest[next..];
        }
    }

    // Words of a list item: "rare earth magnets", "heavy rare earths".
    private const int ListItemWords = 3;

    private static readonly string[] OfficialSayers =
        ["china", "beijing", "ministry", "government", "officials", "minister", "spokesperson", "spokesman", "spokeswoman", "mofcom",
         "authorities", "regulator", "council", "customs"];

    private static readonly string[] AnnouncingVerbs = [" announced", " confirmed", " declared", " decided"];

    // "Said on Thursday that": room for a day and "that" between the verb and the pronoun.
    private const int ReportedWillReach = 32;

    private static readonly string[] ReportingVerbs = [" said", " says", " announced", " confirmed", " stated", " told reporters"];

    /// <summary>Most longer words capitalised: a headline in title case.</summary>
    internal static bool IsTitleCase(ReadOnlySpan<char> sentence)
    {
        int words = 0, capitalised = 0;
        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetter(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && (char.IsLetter(sentence[i]) || sentence[i] is '\'' or '\u2019'))
            {
                i++;
            }

            // Short words (of, to, the, and) stay lower case in most headline styles.
            if (i - start >= 4)
            {
                words++;
                if (char.IsUpper(sentence[start]))
                {
                    capitalised++;
                }
            }
        }

        return words > 0 && capitalised * 2 >= words;
    }

    /// <summary>"A shortage of chips, not magnets", "gallium but not germanium", "graphite rather
    /// than antimony", "a parts shortage unrelated to magnets": the word at <paramref name="at"/>
    /// is named only to be set aside, so the sentence is not about it.</summary>
    internal static bool IsContrastedAway(ReadOnlySpan<char> text, int sentenceStart, int at)
    {
        var before = text[sentenceStart..at].TrimEnd();
        if (before.IsEmpty || (before[^1] | 0x20) is not ('n' or 'f' or 'o' or 't'))
        {
            return false; // the contrasts end in "than", "of", "to" and "not": most words are ruled out by their last letter
        }

        // Only the contrasts that end with the word before (most often "of" or "to") are compared.
        var last = before.Length - 1;
        while (last > 0 && char.IsAsciiLetter(before[last - 1]))
        {
            last--;
        }

        var lastWord = before[last..];
        foreach (var contrast in Contrasts)
        {
            if (contrast.Length > lastWord.Length && contrast[^(lastWord.Length + 1)] == ' '
                && contrast.AsSpan(contrast.Length - lastWord.Length).Equals(lastWord, StringComparison.OrdinalIgnoreCase)
                && EndsWithWord(before, contrast))
            {
                return true;
            }
        }

        // "not" after a comma or a conjunction; not "do not", "has not", which negate a verb.
        if (before.EndsWith("not", StringComparison.OrdinalIgnoreCase))
        {
            var rest = before[..^3].TrimEnd();
            return rest.EndsWith(',') || EndsWithWord(rest, "but") || EndsWithWord(rest, "and");
        }

        return false;
    }

    private static readonly string[] Contrasts = ["rather than", "instead of", "unrelated to", "not related to", "not linked to"];

    /// <summary>True when <paramref name="between"/> holds at most two determiners or
    /// possessives ("the", "its", "Beijing's"), so what follows is a noun phrase that begins right
    /// there: "since the ban", "since Beijing's latest curbs".</summary>
    internal static bool IsDeterminersOnly(ReadOnlySpan<char> between)
    {
        var words = 0;
        foreach (var range in between.SplitAny(" \t"))
        {
            var word = between[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 2 || !(IsDeterminer(word) || word.EndsWith("'s") || word.EndsWith("\u2019s")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a verb of extending or renewing starts that takes the waiver or exemption
    /// whose text <paramref name="before"/> runs up to, past determiners and a time it is
    /// extended by ("extended the exemption", "renewed its waivers", "extended by a year the
    /// exemption"), or -1.</summary>
    internal static int ExtenderBefore(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        for (var words = 0; words < ExtenderWords; words++)
        {
            var head = before[..end].TrimEnd();
            var space = head.LastIndexOf(' ');
            var word = head[(space + 1)..];
            if (word.IsEmpty || !char.IsAsciiLetter(word[0]))
            {
                return -1;
            }

            if (IsAnyWord(word, ExtendingVerbs))
            {
                return space + 1;
            }

            // Determiners right before the waiver, then perhaps "by a year" or "by six months".
            if (!IsDeterminer(word) && !head[..(space + 1)].TrimEnd().EndsWith(" by", StringComparison.OrdinalIgnoreCase)
                && !word.Equals("by", StringComparison.OrdinalIgnoreCase) && !(words > 0 && IsAnyWord(word, ExtensionTimes)))
            {
                return -1;
            }

            end = Math.Max(0, space);
        }

        return -1;
    }

    private const int ExtenderWords = 6;

    private static readonly string[] ExtendingVerbs =
        ["extend", "extends", "extended", "extending", "renew", "renews", "renewed", "renewing", "prolong", "prolongs", "prolonged"];

    private static readonly string[] ExtensionTimes = ["year", "years", "months", "month", "weeks", "another", "further"];

    /// <summary>Whether the word at <paramref name="at"/> is asked for rather than given: after
    /// "for" ("applied for an exemption", "asked Beijing for waivers"; not "eligible for") or a
    /// verb of asking ("sought exemptions", "requested a waiver"), with at most two determiners
    /// between.</summary>
    internal static bool FollowsRequest(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at].TrimEnd();
        for (var words = 0; words < 3; words++)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (word.Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                var rest = before[..Math.Max(space, 0)].TrimEnd();
                return !(rest.EndsWith("eligible", StringComparison.OrdinalIgnoreCase) || rest.EndsWith("qualify", StringComparison.OrdinalIgnoreCase)
                    || rest.EndsWith("qualified", StringComparison.OrdinalIgnoreCase) || rest.EndsWith("qualifies", StringComparison.OrdinalIgnoreCase));
            }

            foreach (var request in RequestVerbs)
            {
                if (word.Equals(request, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if (space < 0 || !IsDeterminer(word))
            {
                return false;
            }

            before = before[..space].TrimEnd();
        }

        return false;
    }

    private static readonly string[] RequestVerbs = ["seek", "seeks", "seeking", "sought", "request", "requests", "requested", "requesting"];

    /// <summary>Whether <paramref name="between"/> only says whose the noun after it is: at most
    /// two determiners, or a short possessive phrase ("a German magnet maker's").</summary>
    internal static bool IsDeterminersOrPossessive(ReadOnlySpan<char> between)
    {
        if (IsDeterminersOnly(between))
        {
            return true;
        }

        var trimmed = between.Trim();
        if (trimmed.IndexOfAny(',', ';') >= 0 || !(trimmed.EndsWith("'s") || trimmed.EndsWith("\u2019s")))
        {
            return false;
        }

        var words = 1;
        foreach (var c in trimmed)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words <= 5;
    }

    /// <summary>Like <see cref="IsDeterminersOrPossessive"/>, allowing one word of trade last:
    /// "suspend an export agreement", "scrapped its trade deal".</summary>
    internal static bool IsDeterminersOrPossessiveAndTradeWord(ReadOnlySpan<char> between)
    {
        if (IsDeterminersOrPossessive(between))
        {
            return true;
        }

        var trimmed = between.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        var last = trimmed[(space + 1)..];
        return space >= 0 && (last.Equals("export", StringComparison.OrdinalIgnoreCase) || last.Equals("trade", StringComparison.OrdinalIgnoreCase)
            || last.Equals("purchase", StringComparison.OrdinalIgnoreCase))
            && IsDeterminersOrPossessive(trimmed[..(space + 1)]);
    }

    /// <summary>True when the word just before <paramref name="at"/> (same sentence: only
    /// blanks between) is a determiner or a possessive: "the ban", "a curb", "Beijing's ban".</summary>
    internal static bool FollowsDeterminer(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '\u2019'))
        {
            start--;
        }

        var word = text[start..end];
        return end < at && !word.IsEmpty && (IsDeterminer(word) || word.EndsWith("'s") || word.EndsWith("\u2019s"));
    }

    /// <summary>Whether "the", "this", "that", "its" or "their" comes right before
    /// <paramref name="at"/>: a thing the reader knows ("the truce"), not a new one ("a truce").</summary>
    internal static bool FollowsDefiniteDeterminer(ReadOnlySpan<char> text, int at) =>
        WordBeforeAnyCase(text, at) is var word
        && (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase)
            || word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase)
            || word.Equals("their", StringComparison.OrdinalIgnoreCase));

    private static ReadOnlySpan<char> WordBeforeAnyCase(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end < at ? text[start..end] : default;
    }

    /// <summary>"China banned gallium exports. That ban was suspended on Monday": a control noun
    /// (from <paramref name="start"/> to <paramref name="end"/>) after "the", "that", "its" or a
    /// possessive, with no "on" or "against" after it to say what it covers, names one the text
    /// has already introduced.</summary>
    internal static bool RefersBack(ReadOnlySpan<char> text, int start, int end, int sentenceStart = -1)
    {
        // (With <paramref name="sentenceStart"/>, a noun that opens its sentence refers back too.)
        var follows = sentenceStart >= 0 && OpensSentence(text, sentenceStart, start);
        foreach (var word in BackReferenceWords)
        {
            // (The noun may hold its determiner: "the rules", "its controls".)
            if (FollowsWord(text, start, word)
                || (text[start..end].StartsWith(word, StringComparison.OrdinalIgnoreCase) && end - start > word.Length && text[start + word.Length] == ' '))
            {
                follows = true;
                break;
            }
        }

        var before = text[..start].TrimEnd();
        if (!follows && !(before.Length < start && (before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("\u2019s", StringComparison.Ordinal))))
        {
            return false;
        }

        // Prices "in Rotterdam" are still those of the material before; prices "of" or "for"
        // something name it. A time is no cover: "suspended that ban on Sunday", "the curbs in June".
        var after = text[end..];
        return !StartsWithAny(after, sentenceStart >= 0 ? PriceCoverPrepositions : CoverPrepositions)
            || ((after.StartsWith(" on ", StringComparison.Ordinal) || after.StartsWith(" in ", StringComparison.Ordinal)) && StartsWithTime(after[4..]));
    }

    /// <summary>Whether <paramref name="text"/> opens with a day, a month or a figure: "Sunday",
    /// "12 May", "June", "2024".</summary>
    private static bool StartsWithTime(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            return true;
        }

        foreach (var name in TimeNames)
        {
            if (text.StartsWith(name, StringComparison.Ordinal) && (text.Length == name.Length || !char.IsLetter(text[name.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TimeNames =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] PriceCoverPrepositions = [" of ", " for "];

    private static readonly string[] BackReferenceWords = ["the", "that", "this", "these", "those", "its", "their"];

    private static readonly string[] CoverPrepositions = [" on ", " of ", " against ", " for ", " in ", " to ", " covering ", " that ", " which "];

    /// <summary>Whether the words after <paramref name="at"/> say that something lasts until a
    /// year after <paramref name="publishedYear"/>: "until November 2027", "until the end of next
    /// year".</summary>
    internal static bool LastsIntoLaterYear(ReadOnlySpan<char> text, int at, int publishedYear)
    {
        var rest = text[at..];
        rest = rest[..Math.Min(rest.Length, UntilReach)];
        var until = rest.IndexOfIgnoreCase(" until ");
        if (until < 0 || rest[..until].IndexOfAny(".,;") >= 0)
        {
            return false;
        }

        var date = rest[(until + 7)..];
        var stop = date.IndexOfAny(".,;");
        date = stop < 0 ? date : date[..stop];
        if (ContainsWord(date, "next year"))
        {
            return true;
        }

        for (var i = 0; i + 4 <= date.Length; i++)
        {
            if (char.IsAsciiDigit(date[i]) && (i == 0 || !char.IsAsciiDigit(date[i - 1])) && (i + 4 == date.Length || !char.IsAsciiDigit(date[i + 4]))
                && int.TryParse(date.Slice(i, 4), out var year))
            {
                return year > publishedYear;
            }
        }

        return false;
    }

    private const int UntilReach = 64;

    /// <summary>Whether the verb phrase at <paramref name="at"/> ends in "again" within its first
    /// three words: "applies again", "in force again".</summary>
    internal static bool VerbSaysAgain(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        rest = rest[..Math.Min(rest.Length, 24)];
        var stop = rest.IndexOfAny(".,;:");
        rest = stop < 0 ? rest : rest[..stop];
        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            if (rest[range].Equals("again", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (++words == 3)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>"Recover rare earths from old motors": whether the verb from
    /// <paramref name="start"/> to <paramref name="end"/> is "recover" with an object and then
    /// "from" before any punctuation. That extracts a material; it is no resumption ("exports
    /// recovered from a low" has no object between).</summary>
    internal static bool IsExtraction(ReadOnlySpan<char> text, int start, int end)
    {
        if (!text[start..end].StartsWith("recover", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[end..];
        rest = rest[..Math.Min(rest.Length, ExtractionReach)];
        var from = rest.IndexOfIgnoreCase(" from ");
        return from > 0 && rest[..from].IndexOfAny(".,;:") < 0 && rest[..from].Trim().Length > 0;
    }

    private const int ExtractionReach = 48;

    /// <summary>"Prices inside China fell", "domestic antimony prices eased": whether the price
    /// event from <paramref name="spanStart"/> to <paramref name="spanEnd"/> is told of prices
    /// inside China: its span opens with the price noun and places it there before the verb, or
    /// "domestic" stands among the few words right before the noun.</summary>
    internal static bool IsDomesticChinesePrice(ReadOnlySpan<char> text, int sentenceStart, int spanStart, int spanEnd)
    {
        var span = text[spanStart..spanEnd];
        if (!span.StartsWith("price", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var place in DomesticPlaces)
        {
            if (span.Contains(place, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var before = text[Math.Max(sentenceStart, spanStart - DomesticReach)..spanStart];
        var at = before.LastIndexOfIgnoreCase("domestic ");
        return at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])) && before[at..].IndexOfAny(',', ';') < 0 && before[at..].Count(' ') <= 4;
    }

    private const int DomesticReach = 40;

    private static readonly string[] DomesticPlaces = [" in China", " inside China", " within China", " in mainland China"];

    /// <summary>"Dysprosium prices traded at record highs", "stood at all time highs": whether
    /// the verb from <paramref name="start"/> to <paramref name="end"/> is a high level right
    /// after "at". After other prepositions a verb form is a noun ("casts gallium into bars"),
    /// but a level after "at" is the one the subject reached, as after "hit" or "rose to".</summary>
    internal static bool IsHighAfterAt(ReadOnlySpan<char> text, int start, int end)
    {
        var verb = text[start..end];
        return (verb.EndsWith("high", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("highs", StringComparison.OrdinalIgnoreCase))
            && text[..start].EndsWith(" at ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Gallium exports hit an 18-month high", "magnet exports hit a record low": +1
    /// when the verb from <paramref name="start"/> to <paramref name="end"/> is "hit" and one of
    /// the next few words, before any punctuation, is a high, a peak or a record; -1 when one is a
    /// low (a record low is a low); 0 otherwise. What hits a high rose and what hits a low fell;
    /// neither was hit.</summary>
    internal static int HitsALevel(ReadOnlySpan<char> text, int start, int end)
    {
        var verb = text[start..end];
        if (!(verb.Equals("hit", StringComparison.OrdinalIgnoreCase) || verb.Equals("hits", StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        var rest = text[end..];
        var stop = rest.IndexOfAny(".,;:");
        rest = rest[..(stop < 0 ? Math.Min(rest.Length, HighReach) : Math.Min(stop, HighReach))];
        foreach (var word in LowWords)
        {
            if (ContainsWord(rest, word))
            {
                return -1;
            }
        }

        foreach (var word in HighWords)
        {
            if (ContainsWord(rest, word))
            {
                return 1;
            }
        }

        return 0;
    }

    private const int HighReach = 32;

    /// <summary>Whether the word from <paramref name="start"/> to <paramref name="end"/> is a bare
    /// "up" that tells an amount higher than before: followed by "from", "by", a figure or a word of
    /// size ("exports reached 12 tonnes, up from 3", "were 5,000 tonnes, up 20% from September",
    /// "up sharply"), or after a form of "be" or "go" ("exports were up in October", "prices went
    /// up"). Not "up to 20 tonnes", "shipments piled up", "were caught up in the dispute", where
    /// "up" belongs to another word. False for any other verb.</summary>
    internal static bool IsBareUpWithoutAmount(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start != 2 || !text[start..end].Equals("up", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (IsAnyLowerWord(WordBefore(text, start), UpAfter))
        {
            return false;
        }

        var rest = text[end..];
        if (rest.Length < 2 || rest[0] != ' ')
        {
            return true;
        }

        rest = rest[1..];
        if (char.IsAsciiDigit(rest[0]) || (rest.Length > 1 && rest[0] is '$' or '€' or '£' && char.IsAsciiDigit(rest[1])))
        {
            return false;
        }

        var length = 0;
        while (length < rest.Length && char.IsAsciiLetterLower(rest[length]))
        {
            length++;
        }

        return !IsAnyLowerWord(rest[..length], UpBefore);
    }

    // "Exports were up", "prices went up": the forms of "be" and "go" that "up" may follow alone.
    private static readonly string[] UpAfter =
        ["was", "were", "is", "are", "been", "be", "being", "went", "go", "goes", "going", "gone", "still", "also", "now", "all"];

    // What may follow an "up" that tells an amount: a baseline, a size or a word of degree.
    private static readonly string[] UpBefore =
        ["from", "by", "on", "sharply", "strongly", "steeply", "slightly", "markedly", "significantly", "substantially", "modestly",
         "nearly", "almost", "about", "around", "roughly", "some", "more", "over", "a", "one", "two", "three", "four", "five", "six",
         "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "half", "year", "again"];

    private static readonly string[] HighWords = ["high", "highest", "record", "peak"];

    private static readonly string[] LowWords = ["low", "lowest", "lows", "trough"];

    /// <summary>Whether the word that ends at <paramref name="at"/> is in the possessive: "last
    /// year's", "2023’s".</summary>
    private static readonly string[] TimePrepositions = ["in", "on", "at", "during", "by", "last", "this"];

    private static readonly string[] ParticipleAuxiliaries = ["was", "were", "been", "be", "is", "are", "being", "has", "have", "had", "get", "got"];

    /// <summary>Whether the time cue at <paramref name="cueStart"/> follows a past participle
    /// that describes a noun (a reduced relative clause), and where that participle starts:
    /// "under a minerals deal signed in September", "the ban imposed in 2023". -1 when not.</summary>
    internal static int DescribingParticipleBefore(ReadOnlySpan<char> text, int from, int cueStart)
    {
        var before = text[from..cueStart].TrimEnd();
        var space = before.LastIndexOf(' ');
        if (space >= 0 && IsAnyWord(before[(space + 1)..], TimePrepositions))
        {
            before = before[..space].TrimEnd();
            space = before.LastIndexOf(' ');
        }

        var participle = before[(space + 1)..];
        // (Capitalised in a title-case headline: "Lifts Gallium Ban Imposed In 2023".)
        if (participle.Length <= 4 || !participle.EndsWith("ed", StringComparison.Ordinal) || !char.IsAsciiLetter(participle[0])
            || participle[1..].ContainsAnyExceptInRange('a', 'z'))
        {
            return -1;
        }

        // The word before it, which may be the event's own noun, before the span given.
        var rest = text[..(from + Math.Max(space, 0))].TrimEnd();
        var previous = rest[(rest.LastIndexOf(' ') + 1)..];
        // A noun before the participle: a word of letters (a name too), not punctuation or a number.
        return previous.IsEmpty || previous.ContainsAnyExcept(WordLetters) || IsAnyWord(previous, ParticipleAuxiliaries) ? -1 : from + space + 1;
    }

    /// <summary>As <see cref="IsAnyWord"/> for a word already in lower case: an ordinal compare
    /// after the length, for checks that run on every pair.</summary>
    private static bool IsAnyLowerWord(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (w.Length == word.Length && word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
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

    private static readonly System.Buffers.SearchValues<char> WordLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    private static readonly string[] ParticiplePhraseOpeners =
        [" in ", " on ", " at ", " last ", " by ", " since ", " under ", " for ", " against ", " from ", " to ", " after ", " during ", " earlier ", " this "];

    private static readonly string[] ObjectDeterminers = [" the ", " its ", " their ", " a ", " an ", " this ", " that ", " his ", " her ", " our "];

    /// <summary>Whether what follows a participle opens a phrase of its own ("imposed in 2023",
    /// "imposed on US buyers", "imposed last year"), as a participle that describes a noun does,
    /// or the sentence ends there.</summary>
    internal static bool OpensParticiplePhrase(ReadOnlySpan<char> after) =>
        after.IsEmpty || after[0] is '.' or ',' or ';' || StartsWithAnyIgnoringCase(after, ParticiplePhraseOpeners);

    /// <summary>Whether <paramref name="between"/> (the words after a verb) opens with a
    /// determiner: "lifted the gallium ban", "scrapped its curbs".</summary>
    internal static bool StartsWithDeterminer(ReadOnlySpan<char> between) => StartsWithAnyIgnoringCase(between, ObjectDeterminers);

    /// <summary>The end of the last "reports that", "rumours of", "claims that", "pledge to" (or the
    /// like) in <paramref name="before"/>, the words of a sentence before an event: what follows it
    /// is what was reported or promised. -1 when there is none.</summary>
    internal static int OpensReport(ReadOnlySpan<char> before)
    {
        var end = -1;
        foreach (var opener in ReportOpeners)
        {
            var at = before.LastIndexOfIgnoreCase(opener);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])))
            {
                end = Math.Max(end, at + opener.Length);
            }
        }

        return end;
    }

    private static readonly string[] ReportOpeners =
    [
        "reports that", "reports of", "report that", "claims that", "claims of", "claim that",
        "rumours that", "rumours of", "rumors that", "rumors of", "suggestions that",
        "speculation that", "stories that", "accounts that",
        "pledge to", "pledged to", "pledges to", "promise to", "promised to", "promises to", "vow to", "vowed to",
        "commitment to",
        "fears that", "fears of", "fear that", "fear of", "worries that", "worries about", "concerns that", "concerns about",
        "hopes that", "hopes of", "hope that", "expectations that", "expectations of", "talk of", "talk that",
    ];

    /// <summary>Whether <paramref name="before"/> tells goods that moved: "shipped", "exports",
    /// "a cargo of".</summary>
    internal static bool TellsShipment(ReadOnlySpan<char> before)
    {
        foreach (var word in ShipmentWords)
        {
            if (ContainsWord(before, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="before"/> names a first batch ("the first batch of
    /// dysprosium from Lynas"), whose arrival after it is new supply.</summary>
    internal static bool TellsFirstBatch(ReadOnlySpan<char> before) =>
        before.ContainsIgnoreCase("first batch") && !before.ContainsIgnoreCase("quota");

    private static readonly string[] ShipmentWords =
    [
        "shipped", "exported", "delivered", "sent", "imported", "received", "arrived",
        "shipment", "shipments", "export", "exports", "import", "imports", "cargo", "cargoes",
        "consignment", "consignments", "deliveries",
    ];

    /// <summary>Where the "no", "neither" or "not a single tonne of" that <paramref name="before"/>
    /// ends with starts (a whole word, with its blank after it), or -1.</summary>
    internal static int NoneOpenerBefore(ReadOnlySpan<char> before)
    {
        foreach (var opener in NoneOpeners)
        {
            if (before.EndsWith(opener, StringComparison.OrdinalIgnoreCase)
                && (before.Length == opener.Length || !char.IsLetter(before[^(opener.Length + 1)])))
            {
                return before.Length - opener.Length;
            }
        }

        return -1;
    }

    private static readonly string[] NoneOpeners =
    [
        "no ", "neither ", "no chinese ", "not a single tonne of ", "not a single ton of ", "not a gram of ",
        "not a single gram of ", "not one tonne of ", "not a single kilogram of ",
    ];

    /// <summary>Whether the words after "for the first time" say there was a gap before it: "in a
    /// year", "since the ban"; not "in its history" nor nothing, which tell a first.</summary>
    internal static bool TellsGapAfterFirstTime(ReadOnlySpan<char> after) =>
        after.StartsWith(" since ", StringComparison.OrdinalIgnoreCase)
        || (after.StartsWith(" in ", StringComparison.OrdinalIgnoreCase) && !StartsWithAnyIgnoringCase(after[4..], NoGapAfterIn));

    private static readonly string[] NoGapAfterIn = ["its history", "history", "the history", "their history", "the company's history"];

    /// <summary>Whether a phrase names a first shipment ("first shipments", "first cargo", "first
    /// consignment", "first deliveries"), not a first batch of quotas or first output.</summary>
    /// <summary>Where contrasts part the clauses of <paramref name="sentence"/>: " while ",
    /// " whereas ", " but ", " although ", " though ", " even as ", ", and " or a semicolon (lower case: one
    /// that opens the sentence parts nothing). Writes the start and end of each (at most
    /// <c>starts.Length</c>) and returns how many. ("As" alone does not: "gallium as well as
    /// germanium".)</summary>
    internal static int ClauseBreaks(ReadOnlySpan<char> text, int sentenceStart, int sentenceEnd, Span<int> starts, Span<int> ends)
    {
        var count = 0;
        var at = sentenceStart;

        // "Although China lifted the gallium ban, germanium exports remain restricted": a sentence
        // that opens with a contrast is parted at its first comma.
        var sentence = text[sentenceStart..sentenceEnd].TrimStart();
        if (StartsWithAnyIgnoringCase(sentence, ContrastOpeners) && sentence.IndexOf(',') is var comma and > 0)
        {
            var from = sentenceEnd - sentence.Length + comma;
            starts[count] = from;
            ends[count++] = from + 1;
            at = from + 1;
        }

        while (count < starts.Length)
        {
            var rest = text[at..sentenceEnd];
            var found = rest.IndexOfAny(ClauseBreakSearch);
            var semicolon = rest.IndexOf(';');
            if (found < 0 && semicolon < 0)
            {
                break;
            }

            int from, length;
            if (semicolon >= 0 && (found < 0 || semicolon < found))
            {
                from = at + semicolon;
                length = 1;
            }
            else
            {
                from = at + found;
                length = 0;
                foreach (var word in ClauseBreakWords)
                {
                    if (text[from..sentenceEnd].StartsWith(word, StringComparison.Ordinal))
                    {
                        length = word.Length;
                        break;
                    }
                }
            }

            starts[count] = from;
            ends[count++] = from + length;
            at = from + length;
        }

        return count;
    }

    private static readonly string[] ContrastOpeners = ["although ", "though ", "while ", "whereas ", "even as "];

    // (And a semicolon, looked for on its own: a one-character value slows the search for the words.)
    private static readonly string[] ClauseBreakWords = [" while ", " whereas ", " but ", " although ", " though ", " even as ", ", and "];

    /// <summary>Whether the clause break at <paramref name="at"/> is a comma and "and", which
    /// also closes a list ("gallium, germanium, and antimony"): it parts two clauses only when no
    /// comma comes between it and the event after it.</summary>
    internal static bool IsCommaAnd(ReadOnlySpan<char> text, int at) => text[at..].StartsWith(", and ", StringComparison.Ordinal);

    // Declared after the words: static fields are set in the order they are written.
    private static readonly System.Buffers.SearchValues<string> ClauseBreakSearch =
        System.Buffers.SearchValues.Create(ClauseBreakWords, StringComparison.Ordinal);

    /// <summary>Whether a verb makes a control stricter or brings it back ("tightened", "extended",
    /// "expanded", "reinstated"), rather than telling it again ("imposed", "announced", "needed").</summary>
    internal static bool Intensifies(ReadOnlySpan<char> verb)
    {
        foreach (var stem in IntensifyingStems)
        {
            if (verb.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] IntensifyingStems =
        ["tighten", "extend", "expand", "broaden", "widen", "step", "escalat", "reinstat", "reimpos", "restor",
         "came back", "comes back", "come back", "went back", "took effect again", "takes effect again", "take effect again"];

    /// <summary>"As demand recovered, prices of germanium rose", "demand for gallium rose": whether
    /// the word at <paramref name="start"/> is "demand" as the market's, a noun, not a request
    /// made of someone ("the US demand that China lift the ban", "demand the removal of"): no
    /// "that", determiner, pronoun or name follows it.</summary>
    internal static bool IsMarketDemand(ReadOnlySpan<char> text, int start, int end)
    {
        if (!text[start..end].Equals("demand", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[end..];
        if (rest.IsEmpty || rest[0] != ' ')
        {
            return true; // "weak demand.", "demand, analysts said"
        }

        rest = rest[1..];
        var next = rest[..(rest.IndexOfAny(" ,.;:") is var cut and >= 0 ? cut : rest.Length)];
        return !(next.IsEmpty || char.IsAsciiLetterUpper(next[0]) || EqualsAny(next, RequestObjects));
    }

    private static readonly string[] RequestObjects = ["that", "the", "a", "an", "its", "their", "it", "they", "them", "to"];

    /// <summary>How far the word of worry at <paramref name="start"/> reaches. A fear, worry or
    /// concern is about what comes after it ("fears of a new ban", "concerns that China will halt
    /// exports"), not about the facts before it that caused it ("the germanium price doubled on
    /// supply fears", "halted gallium exports, citing security concerns", "in a potential boost for
    /// chipmakers"), and one that a cause follows is about nothing to come ("carmakers are worried
    /// after exports fell"); one told in the passive is about what comes before it ("a ban is
    /// feared").</summary>
    internal static HedgeReach ReachOfWorry(ReadOnlySpan<char> text, int start, int end)
    {
        if (EqualsAnyIgnoringCase(NextWord(text, end), CauseOpeners))
        {
            return HedgeReach.None;
        }

        return EqualsAnyIgnoringCase(WordBeforeAnyCase(text, start), BeForms) && !text[start..end].Equals("worried", StringComparison.OrdinalIgnoreCase)
            ? HedgeReach.Sentence
            : HedgeReach.AfterIt;
    }

    /// <summary>Whether the verb at <paramref name="verbStart"/> is "subject to" told as a state:
    /// after "is", "are", "has been", "have been" or "had been" ("graphite exports are subject to
    /// licences"), not "became", "will be" or "were made".</summary>
    internal static bool IsStateOfBeingSubject(ReadOnlySpan<char> text, int verbStart) =>
        text[verbStart..].StartsWith("subject to", StringComparison.OrdinalIgnoreCase)
        && (WordBefore(text, verbStart) is "is" or "are"
            || (WordBefore(text, verbStart) is "been" && WordBefore(text, verbStart - 5) is "has" or "have" or "had"));

    /// <summary>Whether <paramref name="between"/> holds anything that may part two clauses: a
    /// comma, a semicolon, or a word of contrast, cause or time, "and", "that", "which" or "who".
    /// One search, so that a hedge and an event with none of them between are found together at once.</summary>
    internal static bool MayPartClauses(ReadOnlySpan<char> between) => between.IndexOfAny(ClauseMarkSearch) >= 0;

    private static readonly System.Buffers.SearchValues<string> ClauseMarkSearch = System.Buffers.SearchValues.Create(
        [",", ";", " while ", " whereas ", " but ", " although ", " though ", " even as ", " and ", " that ", " which ", " who ",
         " after ", " since ", " because ", " following ", " when ", " before ", " until "],
        StringComparison.Ordinal);

    /// <summary>Whether the word that ends at <paramref name="end"/> ends its noun phrase: the
    /// clause ends after it, or a preposition, "that", "and" or "as" follows ("export ban fears.",
    /// "concerns over supply"), not an object ("worries Pentagon suppliers").</summary>
    internal static bool EndsNounPhrase(ReadOnlySpan<char> text, int end) =>
        end >= text.Length || text[end] is not ' ' || EqualsAnyIgnoringCase(NextWord(text, end), PhraseEnders);

    private static readonly string[] PhraseEnders = ["of", "over", "about", "that", "and", "as", "in", "among", "after", "since", "because"];

    /// <summary>Whether <paramref name="between"/> holds a word of contrast that parts two clauses.</summary>
    internal static bool HasContrastWord(ReadOnlySpan<char> between) => between.IndexOfAny(ContrastWordSearch) >= 0;

    private static readonly System.Buffers.SearchValues<string> ContrastWordSearch = System.Buffers.SearchValues.Create(
        [" while ", " whereas ", " but ", " although ", " though ", " even as "], StringComparison.Ordinal);

    /// <summary>Where in <paramref name="between"/> a subordinator of cause or time that opens a
    /// clause of fact starts ("after", "since", "because", "following"), -1 if none does.</summary>
    internal static int CauseSubordinatorAt(ReadOnlySpan<char> between) => between.IndexOfAny(CauseSubordinatorSearch);

    private static readonly System.Buffers.SearchValues<string> CauseSubordinatorSearch = System.Buffers.SearchValues.Create(
        [" after ", " since ", " because ", " following "], StringComparison.Ordinal);

    /// <summary>Whether what lies after an event, up to a hedge, opens a clause of its own:
    /// "prices doubled and analysts expect more", "banned exports that could be used in weapons",
    /// "resumed on Monday, weeks after China said it would consider".</summary>
    internal static bool OpensLaterClause(ReadOnlySpan<char> between) => between.IndexOfAny(LaterClauseSearch) >= 0;

    private static readonly System.Buffers.SearchValues<string> LaterClauseSearch = System.Buffers.SearchValues.Create(
        [" and ", " that ", " which ", " who ", " after ", " since ", " because ", " following ", " when ", " before ", " until ", " while "],
        StringComparison.Ordinal);

    /// <summary>Whether <paramref name="between"/> (an event to a hedge after it) has a comma with
    /// words after it before the hedge: "exports, a move analysts said could", not an aside that
    /// the hedge's verb closes ("the new plant, combined with its Texas site, would").</summary>
    internal static bool CommaOpensOtherClause(ReadOnlySpan<char> between)
    {
        var comma = between.LastIndexOf(',');
        return comma >= 0 && !between[(comma + 1)..].IsWhiteSpace();
    }

    /// <summary>Whether the hedge word that ends at <paramref name="hedgeEnd"/> closes its sentence,
    /// but for a short phrase of time or place: "China will retaliate with export controls, a
    /// spokesman warned on Tuesday." Such a tail tells how the whole sentence was said.</summary>
    internal static bool EndsReportingTail(ReadOnlySpan<char> text, int hedgeEnd)
    {
        var rest = text[hedgeEnd..];
        var stop = rest.IndexOfAny(".?!\n");
        rest = (stop >= 0 ? rest[..stop] : rest).TrimEnd(" \"'\u201d");
        return rest.IsEmpty
            || (StartsWithAny(rest, TailOpeners) && rest.Count(' ') <= TailWords);
    }

    private static readonly string[] TailOpeners = [" on ", " in ", " last ", " this ", " at ", " late ", " earlier "];

    private const int TailWords = 4;

    /// <summary>Whether the verb at <paramref name="verbStart"/> is told in the past: a form in
    /// "-ed", a common irregular past, or one after "had", "has", "have", "was" or "were".</summary>
    internal static bool TellsPast(ReadOnlySpan<char> text, int verbStart)
    {
        if (verbStart < 0)
        {
            return false;
        }

        var length = 0;
        while (verbStart + length < text.Length && char.IsAsciiLetter(text[verbStart + length]))
        {
            length++;
        }

        var verb = text.Slice(verbStart, length);
        return verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || EqualsAnyIgnoringCase(verb, IrregularPasts)
            || WordBefore(text, verbStart) is "had" or "has" or "have" or "was" or "were";
    }

    /// <summary>Whether any word of <paramref name="span"/> is a verb told in the past, as
    /// <see cref="TellsPast"/> reads one: "after it idled its plant for lack of magnets".</summary>
    internal static bool HasPastVerb(ReadOnlySpan<char> span)
    {
        for (var at = 0; at < span.Length; at++)
        {
            if ((at == 0 || span[at - 1] == ' ') && char.IsAsciiLetter(span[at]) && TellsPast(span, at))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] IrregularPasts =
        ["fell", "rose", "cut", "shut", "froze", "began", "took", "sold", "sank", "slid", "hit", "grew", "shrank", "ran", "kept", "put", "set", "went", "came", "gave", "made"];

    /// <summary>Whether the hedge at <paramref name="hedgeStart"/> sits in a clause between commas
    /// that "which" or "who" opens, closed before <paramref name="eventStart"/>: "the plant, which
    /// had planned to start in 2025, began producing magnets".</summary>
    internal static bool InRelativeClauseBefore(ReadOnlySpan<char> text, int hedgeStart, int eventStart)
    {
        var before = text[Math.Max(0, hedgeStart - RelativeClauseReach)..hedgeStart];
        var comma = before.LastIndexOf(',');
        if (comma < 0 || text[hedgeStart..eventStart].IndexOf(',') < 0)
        {
            return false;
        }

        var opening = before[(comma + 1)..];
        return opening.StartsWith(" which ", StringComparison.Ordinal) || opening.StartsWith(" who ", StringComparison.Ordinal);
    }

    private const int RelativeClauseReach = 80;

    private static readonly string[] CauseOpeners = ["after", "since", "because", "following", "as"];

    private static readonly string[] BeForms = ["is", "are", "was", "were", "been", "be", "being"];

    private static bool EqualsAnyIgnoringCase(ReadOnlySpan<char> span, string[] options)
    {
        foreach (var option in options)
        {
            if (span.Equals(option, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word that starts one blank after <paramref name="at"/>, or an empty span.</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length - 1 || text[at] != ' ')
        {
            return default;
        }

        var rest = text[(at + 1)..];
        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length]))
        {
            length++;
        }

        return rest[..length];
    }

    /// <summary>"After the talks collapsed, prices of gallium doubled": whether the sentence at
    /// <paramref name="sentenceStart"/> opens with a subordinator ("after", "when", "once",
    /// "because", "although"...), so that the clause it opens ends at its first comma and the main
    /// clause follows. Not "as well as" nor "as part of", which open no clause.</summary>
    internal static bool OpensWithSubordinator(ReadOnlySpan<char> text, int sentenceStart)
    {
        var opening = text[sentenceStart..].TrimStart(" \"'\u201c");
        foreach (var word in IntroductorySubordinators)
        {
            if (opening.Length > word.Length && opening[word.Length] == ' ' && opening.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return word is not "as" || !(opening[3..].StartsWith("well as ", StringComparison.Ordinal) || opening[3..].StartsWith("part of ", StringComparison.Ordinal));
            }
        }

        return false;
    }

    private static readonly string[] IntroductorySubordinators =
        ["after", "when", "once", "as", "since", "because", "although", "though", "while", "whereas", "until", "before"];

    /// <summary>Whether only blanks, or "the", come before <paramref name="at"/> in its sentence.</summary>
    internal static bool OpensSentence(ReadOnlySpan<char> text, int sentenceStart, int at)
    {
        var before = text[sentenceStart..at].Trim();
        return before.IsEmpty || before.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"It was lifted on Friday", "they have been tightened": where "it" or "they" starts
    /// when it is the subject of the passive verb at <paramref name="verbStart"/>, right before
    /// its auxiliary; -1 otherwise.</summary>
    /// <summary>"On Friday it came back into force": where "it" or "they" stands right before a
    /// verb of returning (a control that takes effect again has no object), or -1.</summary>
    internal static int ReturnSubjectPronoun(ReadOnlySpan<char> text, int sentenceStart, int verbStart, int verbEnd)
    {
        if (!StartsWithAnyIgnoringCase(text[verbStart..verbEnd], ReturnVerbs))
        {
            return -1;
        }

        var before = text[sentenceStart..verbStart];
        foreach (var pronoun in ReturnPronouns)
        {
            if (before.EndsWith(pronoun, StringComparison.OrdinalIgnoreCase)
                && (before.Length == pronoun.Length || !char.IsLetterOrDigit(before[^(pronoun.Length + 1)])))
            {
                return sentenceStart + before.Length - pronoun.Length;
            }
        }

        return -1;
    }

    private static readonly string[] ReturnVerbs = ["came back", "comes back", "come back", "went back", "took effect again", "takes effect again"];

    private static readonly string[] ReturnPronouns = ["it ", "they "];

    internal static int PassiveSubjectPronoun(ReadOnlySpan<char> text, int sentenceStart, int verbStart)
    {
        // Most verbs have no auxiliary right before them: one look at the word before says so.
        if (WordBefore(text, verbStart) is not ("was" or "were" or "is" or "are" or "been" or "be" or "being"))
        {
            return -1;
        }

        var before = text[sentenceStart..verbStart];
        foreach (var gap in PassiveGaps)
        {
            if (!before.EndsWith(gap, StringComparison.Ordinal))
            {
                continue;
            }

            var head = before[..^gap.Length];
            foreach (var pronoun in PassivePronouns)
            {
                if (head.EndsWith(pronoun, StringComparison.OrdinalIgnoreCase)
                    && (head.Length == pronoun.Length || !char.IsLetterOrDigit(head[^(pronoun.Length + 1)])))
                {
                    return sentenceStart + head.Length - pronoun.Length;
                }
            }
        }

        return -1;
    }

    private static readonly string[] PassivePronouns = ["it", "they"];

    /// <summary>A first, cheap look: whether " it" or " them" follows the verb, or a word of "be"
    /// (see <see cref="PassiveSubjectPronoun"/>) or a subject pronoun (see
    /// <see cref="ReturnSubjectPronoun"/>) comes right before it.</summary>
    internal static bool HasPronounBeside(ReadOnlySpan<char> text, int start, int end) =>
        IsWordAt(text, end, " it") || IsWordAt(text, end, " them")
        || WordBefore(text, start) is "was" or "were" or "is" or "are" or "been" or "be" or "being" or "it" or "they"
        || WordBeforeAnyCase(text, start) is "It" or "They";

    private static bool IsWordAt(ReadOnlySpan<char> text, int at, string word) =>
        text[at..].StartsWith(word, StringComparison.Ordinal) && (at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]));

    private static readonly string[] PassiveGaps =
        [" was ", " were ", " is ", " are ", " has been ", " have been ", " had been ", " will be ", " would be ", " is being ", " are being "];

    /// <summary>Whether a verb of granting lets goods through ("approved", "cleared", "granted"), as
    /// an authority does, rather than getting them ("received", "secured", "won").</summary>
    internal static bool LetsThrough(ReadOnlySpan<char> verb) =>
        verb.StartsWith("approv", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("clear", StringComparison.OrdinalIgnoreCase)
        || verb.StartsWith("grant", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("green", StringComparison.OrdinalIgnoreCase)
        || verb.StartsWith("sign", StringComparison.OrdinalIgnoreCase);

    internal static bool IsFirstShipment(ReadOnlySpan<char> phrase) =>
        phrase.StartsWith("first ", StringComparison.OrdinalIgnoreCase)
        && StartsWithAnyIgnoringCase(phrase[6..], ["shipment", "cargo", "consignment", "deliver", "export"]);

    /// <summary>"Received their first shipments from China in a year", "the first cargo since the
    /// ban": whether <paramref name="span"/> (the rest of the sentence after a first shipment)
    /// says there was a gap before it, so the shipment is a return, not a new source.</summary>
    internal static bool TellsGapLater(ReadOnlySpan<char> span)
    {
        if (span.IndexOfIgnoreCase(" since ") >= 0)
        {
            return true;
        }

        for (var at = span.IndexOfIgnoreCase(" in "); at >= 0;)
        {
            var rest = span[(at + 4)..];
            SkipAnyIgnoringCase(ref rest, GapQuantities);
            if (StartsWithAnyIgnoringCase(rest, GapUnits))
            {
                return true;
            }

            var next = span[(at + 4)..].IndexOfIgnoreCase(" in ");
            at = next < 0 ? -1 : at + 4 + next;
        }

        return false;
    }

    private static void SkipAnyIgnoringCase(ref ReadOnlySpan<char> text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..];
                return;
            }
        }

        // A number of months or years: "in 18 months".
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < text.Length && text[digits] == ' ')
        {
            text = text[(digits + 1)..];
        }
    }

    private static readonly string[] GapQuantities =
        ["more than a ", "more than two ", "over a ", "nearly a ", "almost a ", "about a ", "a ", "an ", "two ", "three ", "four ", "five ",
         "six ", "seven ", "eight ", "nine ", "ten ", "eleven ", "twelve ", "eighteen ", "several ", "many "];

    private static readonly string[] GapUnits = ["year", "month", "decade"];

    private static bool StartsWithAnyIgnoringCase(ReadOnlySpan<char> text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private const int AgainstReach = 40;

    /// <summary>Whether the noun at <paramref name="start"/> is what "against" or a verb of
    /// shielding names, with at most three words between (no punctuation): "to cushion member
    /// states against Chinese export curbs", "a hedge against any new controls", "restart
    /// recycling to offset Chinese curbs", "ways to get around the controls". Those controls are
    /// the reason for the news, not news themselves; so are those a move answers ("retaliated
    /// against US chip curbs", "in response to US chip curbs") or is made over ("cut output over
    /// China's export restrictions").</summary>
    internal static bool IsObjectOfShielding(ReadOnlySpan<char> text, int start)
    {
        // Most nouns have none of the words before them: one vectorised search says so. Then walk
        // back word by word from the noun.
        var before = text[Math.Max(0, start - AgainstReach)..start];
        if (!before.ContainsAny(ShieldingSearch))
        {
            return false;
        }

        for (var words = 0; words <= 3 && before.Length >= 2 && before[^1] == ' '; words++)
        {
            foreach (var word in ShieldingWords)
            {
                if (word[^2] == before[^2] && before.EndsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            var space = before[..^1].LastIndexOf(' ');
            if (space < 0 || before[(space + 1)..^1].ContainsAnyExcept(PossessiveWordLetters))
            {
                return false;
            }

            before = before[..(space + 1)];
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> PossessiveWordLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'\u2019");

    private static readonly string[] ShieldingWords =
    [
        " against ", " offset ", " counter ", " mitigate ", " circumvent ", " sidestep ", " get around ",
        " work around ", " cope with ", " blunt ", " in response to ", " in retaliation for ",
        // A move made because of them: "the first carmaker to cut output over China's export
        // restrictions", "a dispute over the gallium ban".
        " over ",
    ];

    // Declared after the words: static fields are set in the order they are written.
    private static readonly System.Buffers.SearchValues<string> ShieldingSearch =
        System.Buffers.SearchValues.Create(ShieldingWords, StringComparison.Ordinal);

    private static readonly string[] DependenceWords = ["reliance on ", "dependence on ", "dependency on ", "exposure to ", "reliant on ", "dependent on "];

    /// <summary>Whether <paramref name="before"/> ends with words that make what follows it what
    /// someone depends on or turns away from: "reliance on ", "alternatives to ", "away from ".</summary>
    internal static bool EndsWithDependence(ReadOnlySpan<char> before)
    {
        foreach (var words in DependenceWords)
        {
            if (before.EndsWith(words, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var words in TurningAwayWords)
        {
            if (before.EndsWith(words, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TurningAwayWords = ["alternatives to ", "alternative to ", "away from ", "independence from ", "rival to ", "rivals to "];

    /// <summary>Whether the words between a verb and its noun make the noun what someone depends
    /// on: "cut Japan's reliance on Chinese supply", "will lower its dependence on Chinese
    /// supplies". The verb acts on the dependence, not on the supply.</summary>
    internal static bool NamesDependence(ReadOnlySpan<char> between)
    {
        foreach (var words in DependenceWords)
        {
            if (between.ContainsIgnoreCase(words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="gap"/> holds nothing but blanks and auxiliaries ("would",
    /// "has", "was", "now"): "its licence would not be renewed".</summary>
    internal static bool IsAuxiliariesOnly(ReadOnlySpan<char> gap)
    {
        foreach (var range in gap.Split(' '))
        {
            var word = gap[range];
            if (!word.IsEmpty && !(word is "would" or "will" or "has" or "have" or "had" or "was" or "were" or "is" or "are" or "now" or "also" or "soon"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="gap"/> holds nothing but blanks and the words that may
    /// stand between "would" and a verb of running out ("be", "only", "soon").</summary>
    internal static bool IsLeadInToDepletion(ReadOnlySpan<char> gap)
    {
        foreach (var range in gap.Split(' '))
        {
            var word = gap[range];
            if (!word.IsEmpty && !(word is "be" or "only" or "soon"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the verb at <paramref name="at"/> changes a control that already exists
    /// ("tightened", "extended", "expanded", "widened", "reinstated") rather than making one
    /// ("imposed", "introduced"): "the April gallium controls were tightened" happened later than
    /// April.</summary>
    internal static bool ChangesExistingControl(ReadOnlySpan<char> text, int at)
    {
        var word = text[at..];
        var space = word.IndexOfAny(' ', ',', '.');
        word = space < 0 ? word : word[..space];
        foreach (var stem in ChangingStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ChangingStems = ["tighten", "extend", "expand", "widen", "broaden", "reinstat", "reimpos", "escalat", "step"];

    /// <summary>Whether the month or year between <paramref name="start"/> and
    /// <paramref name="end"/> modifies the noun after it, after a determiner or a possessive: "its
    /// October export controls", "Beijing's April rules", "a 2023 ban", "the October 2025
    /// measures". Like "last year's ban", it dates that thing, which may not be a verb's event
    /// ("would keep the suspension of its October controls in place").</summary>
    internal static bool IsAttributiveTime(ReadOnlySpan<char> text, int start, int end)
    {
        // A month may carry its year: "the October 2025 rare earth measures".
        if (end + 5 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2])
            && char.IsAsciiDigit(text[end + 3]) && char.IsAsciiDigit(text[end + 4]) && !char.IsAsciiDigit(text[end + 5]))
        {
            end += 5;
        }

        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1]) || text[(end + 1)..].StartsWith("of ", StringComparison.Ordinal))
        {
            return false;
        }

        var before = text[..start];
        if (before.Length < 2 || before[^1] != ' ')
        {
            return false;
        }

        // (The word may open the body, after the title's line break: "The April controls".)
        before = before[..^1];
        var word = before[(before.LastIndexOfAny(' ', '\n', '\r') + 1)..];
        return (word.Length > 2 && IsPossessive(word, word.Length - 2))
            || word.Equals("its", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase)
            || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase)
            || word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the month or year between <paramref name="start"/> and
    /// <paramref name="end"/> follows "since" and names the control after it, as headlines write
    /// without an article: "first gallium licences since 2024 ban", "Exports Resume Since October
    /// Curbs". It dates the control, not the event the headline tells.</summary>
    internal static bool IsSinceNamedControl(ReadOnlySpan<char> text, int start, int end)
    {
        var before = text[..start];
        if (end + 1 >= text.Length || text[end] != ' ' || !before.EndsWith("since ", StringComparison.OrdinalIgnoreCase)
            || (before.Length > 6 && char.IsLetter(before[^7])))
        {
            return false;
        }

        var after = text[(end + 1)..];
        var length = 0;
        while (length < after.Length && char.IsAsciiLetter(after[length]))
        {
            length++;
        }

        var word = after[..length];
        foreach (var control in SinceNamedControls)
        {
            if (word.Equals(control, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SinceNamedControls =
        ["ban", "bans", "curbs", "controls", "restrictions", "embargo", "rules", "export", "exports", "truce", "halt", "suspension"];

    /// <summary>Whether the verb at <paramref name="verbStart"/>..<paramref name="verbEnd"/>
    /// enforces a control already in place, named after it by "its", "the", "their" or a
    /// possessive and not "new": "Beijing enforces its ban on antimony exports", "customs are
    /// strictly enforcing the rare earth export controls". Not one that starts or will start:
    /// "began enforcing the ban", "will enforce the ban from Monday", "to enforce its controls".</summary>
    internal static bool EnforcesExistingControl(ReadOnlySpan<char> text, int verbStart, int verbEnd, int nounStart)
    {
        if (!text[verbStart..verbEnd].StartsWith("enforc", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var gap = text[verbEnd..nounStart].Trim();
        var space = gap.IndexOf(' ');
        var first = space < 0 ? gap : gap[..space];
        if (!(first is "its" or "the" or "their" or "these" or "those" || (first.Length > 2 && IsPossessive(first, first.Length - 2)))
            || ContainsWord(gap, "new"))
        {
            return false;
        }

        var before = WordBefore(text, verbStart);
        if (before.EndsWith("ly") && before.Length > 2)
        {
            before = WordBefore(text, verbStart - before.Length - 1);
        }

        return !(before is "to" or "will" or "would" or "shall" or "begin" or "begins" or "began" or "begun" or "beginning"
            or "start" or "starts" or "started" or "starting");
    }

    /// <summary>Whether <paramref name="before"/> ends with "only" or "just", a figure given as
    /// a share ("25%", "10 per cent", "30 percent") and "of", with "the" or "all" after it
    /// allowed: "Only 25% of applications were approved".</summary>
    internal static bool EndsWithOnlyShareOf(ReadOnlySpan<char> before)
    {
        var at = before.TrimEnd().Length;
        foreach (var word in (ReadOnlySpan<string>)["the", "all"])
        {
            if (before[..at].EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))
            {
                at -= word.Length + 1;
                break;
            }
        }

        var rest = before[..at];
        if (!rest.EndsWith(" of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        rest = rest[..^3];
        foreach (var unit in (ReadOnlySpan<string>)["%", " per cent", " percent"])
        {
            if (rest.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[..^unit.Length];
                var digits = rest.Length;
                while (digits > 0 && (char.IsAsciiDigit(rest[digits - 1]) || rest[digits - 1] == '.'))
                {
                    digits--;
                }

                if (digits == rest.Length)
                {
                    return false;
                }

                var lead = rest[..digits];
                return lead.EndsWith("only ", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("just ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>The part of <paramref name="text"/> after its last comma or semicolon.</summary>
    internal static ReadOnlySpan<char> AfterLastComma(ReadOnlySpan<char> text) => text[(text.LastIndexOfAny(',', ';') + 1)..];

    /// <summary>Whether <paramref name="span"/> holds "only 25% of" (see
    /// <see cref="EndsWithOnlyShareOf"/>): "approved only 25% of the applications", "only 40
    /// percent of the applications for".</summary>
    internal static bool HoldsOnlyShareOf(ReadOnlySpan<char> span)
    {
        var of = span.LastIndexOfIgnoreCase(" of ");
        while (of >= 0)
        {
            var upTo = span[..(of + 3)];
            if (EndsWithOnlyShareOf(upTo))
            {
                return true;
            }

            of = span[..of].LastIndexOfIgnoreCase(" of ");
        }

        return false;
    }

    /// <summary>Whether the verb at <paramref name="verbStart"/> follows "to" after a verb that
    /// obliges, with at most three words between them: "require exporters to obtain licences",
    /// "obliges gallium exporters to obtain".</summary>
    internal static bool IsRequiredToSeek(ReadOnlySpan<char> text, int sentenceStart, int verbStart)
    {
        if (WordBefore(text, verbStart) is not "to")
        {
            return false;
        }

        var before = text[sentenceStart..(verbStart - 3)];
        for (var words = 0; words < 4; words++)
        {
            before = before.TrimEnd();
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (IsAnyLowerWord(word, ObligingVerbs))
            {
                return true;
            }

            if (space < 0 || word.IsEmpty || !char.IsLetter(word[^1]))
            {
                return false;
            }

            before = before[..space];
        }

        return false;
    }

    /// <summary>"The law allows it to ban gallium exports", "lets Beijing ban exports", "gives the
    /// ministry the power to halt shipments", "reserved the right to suspend exports": whether the
    /// verb at <paramref name="verbStart"/> is a power the authority is given or keeps, and has not
    /// used. A permission given to others is news of its own ("the rules allow exporters to resume
    /// shipments", "Beijing let firms resume exports"), so the words between the verb that gives
    /// the power and the verb must all name the authority; and a verb form after a determiner is
    /// a noun ("let the suspension of its ban expire").</summary>
    internal static bool IsPowerOnly(ReadOnlySpan<char> text, int sentenceStart, int verbStart)
    {
        var afterTo = WordBefore(text, verbStart) is "to";
        if (!afterTo && FollowsDeterminer(text, verbStart))
        {
            // "China let the suspension of its ban expire": after a determiner the word is a
            // noun, what was let end, not a power to suspend.
            return false;
        }

        var before = text[sentenceStart..(afterTo ? verbStart - 3 : verbStart)].TrimEnd();
        for (var words = 0; words < 5; words++)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (afterTo && words == 0 && IsAnyLowerWord(word, PowerNouns))
            {
                return true;
            }

            if (words > 0 && IsAnyLowerWord(word, afterTo ? EnablingVerbs : LettingVerbs))
            {
                return true;
            }

            if (space < 0 || !IsAnyWord(word, AuthorityWords))
            {
                return false;
            }

            before = before[..space].TrimEnd();
        }

        return false;
    }

    private static readonly string[] PowerNouns = ["power", "powers", "right", "authority"];

    private static readonly string[] EnablingVerbs =
        ["allow", "allows", "allowing", "enable", "enables", "enabling", "empower", "empowers", "empowered", "empowering", "authorise",
         "authorises", "authorize", "authorizes", "permit", "permits"];

    private static readonly string[] LettingVerbs = ["let", "lets", "letting"];

    // Who holds the power: "it", "Beijing", "the commerce ministry", "the authorities".
    private static readonly string[] AuthorityWords =
        ["it", "beijing", "china", "the", "government", "authorities", "ministry", "commerce", "regulators", "officials", "state",
         "council", "customs", "them"];

    private static readonly string[] ObligingVerbs =
        ["require", "requires", "required", "requiring", "oblige", "obliges", "obliged", "force", "forces", "forced", "compel", "compels", "compelled"];

    /// <summary>Whether a control named alone at <paramref name="start"/>..<paramref name="end"/>
    /// ends with "on" and is followed by words of its own, in its clause: "US controls on
    /// foreign-made chips". (The caller asks only when its sentence names no material: what those
    /// words name are other goods.)</summary>
    internal static bool NamesOtherCoverage(ReadOnlySpan<char> text, int start, int end, int sentenceEnd)
    {
        if (!text[start..end].EndsWith(" on", StringComparison.OrdinalIgnoreCase) || end + 1 >= sentenceEnd)
        {
            return false;
        }

        // Not a pronoun or a general word for the material named before: "controls on them",
        // "controls on the metal", "curbs on these materials".
        var after = text[end..sentenceEnd].TrimStart();
        if (after.Length == 0 || !char.IsLetter(after[0]) || after.StartsWith("them", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("it ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("it.", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("these ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("those ", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("such ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var reference in MaterialReferences)
        {
            if (after.StartsWith(reference, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether "to" and a verb of industrial work follow <paramref name="end"/>, past
    /// "with" and a partner of at most three words: "an agreement to build a magnet plant", "a
    /// deal with Lynas to develop a refinery", "an agreement to recycle magnets".</summary>
    internal static bool IsAgreementToWork(ReadOnlySpan<char> text, int end, int sentenceEnd)
    {
        var rest = text[end..sentenceEnd];
        var to = rest.IndexOf(" to ", StringComparison.Ordinal);
        if (to < 0 || to > AgreementPartnerReach || (to > 0 && !rest.StartsWith(" with ", StringComparison.Ordinal)) || rest[..to].ContainsAny(',', ';'))
        {
            return false;
        }

        var after = rest[(to + 4)..];
        var space = after.IndexOfAny(' ', ',', '.');
        return IsAnyLowerWord(space < 0 ? after : after[..space], WorkVerbs);
    }

    private const int AgreementPartnerReach = 40;

    private static readonly string[] WorkVerbs =
        ["build", "develop", "recycle", "produce", "process", "refine", "mine", "fund", "finance", "invest", "expand", "construct", "make", "manufacture"];

    internal static bool IsPossessive(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && text[at] is '\'' or '\u2019' && text[at + 1] is 's' or 'S'
        && (at + 2 == text.Length || !char.IsLetter(text[at + 2]));

    /// <summary>Whether "one" or "a single" follows a negation that ends at <paramref name="at"/>:
    /// "not one licence".</summary>
    /// <summary>Whether the negation cue at <paramref name="start"/>..<paramref name="end"/> says
    /// what will not be done: "will not", "won't", or "not" after "will" or "would" ("said it
    /// would not approve gallium exports"), or a refusal in so many words ("refused to approve",
    /// "declined to grant"). A grant refused ahead is a refusal, where one that "did not" happen
    /// is only no news.</summary>
    internal static bool RefusesAhead(ReadOnlySpan<char> text, int start, int end)
    {
        var cue = text[start..end];
        if (cue.Equals("will not", StringComparison.OrdinalIgnoreCase) || cue.Equals("won't", StringComparison.OrdinalIgnoreCase)
            || cue.Equals("won\u2019t", StringComparison.OrdinalIgnoreCase) || cue.Equals("wouldn't", StringComparison.OrdinalIgnoreCase)
            || cue.StartsWith("refus", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("declin", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return cue.Equals("not", StringComparison.OrdinalIgnoreCase) && WordBefore(text, start) is "will" or "would";
    }

    /// <summary>Whether a sentence names a material again by a general word after "the": "the
    /// metal", "the minerals", "the element".</summary>
    internal static bool NamesMaterialAgain(ReadOnlySpan<char> sentence)
    {
        foreach (var word in MaterialReferences)
        {
            var at = sentence.IndexOfIgnoreCase(word);
            if (at >= 0 && (at + word.Length == sentence.Length || !char.IsLetter(sentence[at + word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] MaterialReferences = ["the metal", "the metals", "the mineral", "the minerals", "the element", "the elements"];

    internal static bool IsNotOne(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        return rest.StartsWith(" one ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(" a single ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the words after <paramref name="at"/> (past an auxiliary) say that what
    /// ends there eases or ends: "shortage eased", "the squeeze has abated", "is over".</summary>
    internal static bool IsEasingAfter(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        if (!rest.StartsWith(" ", StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[1..];
        if (StartsWithAnyWord(rest, NounPrepositions))
        {
            // Past the noun's own short phrase: "the premium for non-Chinese germanium narrowed",
            // "the shortage of magnets in Europe has eased".
            for (var words = 0; words < 6; words++)
            {
                var space = rest.IndexOf(' ');
                if (space < 0 || rest[..space].IndexOfAny(",;") >= 0)
                {
                    return false;
                }

                rest = rest[(space + 1)..];
                if (StartsEasing(rest))
                {
                    return true;
                }
            }

            return false;
        }

        return StartsEasing(rest);
    }

    private static bool StartsEasing(ReadOnlySpan<char> rest)
    {
        foreach (var auxiliary in PredicateAuxiliaries)
        {
            if (rest.StartsWith(auxiliary, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[auxiliary.Length..];
                break;
            }
        }

        return StartsWithAnyWord(rest, EasingVerbs);
    }

    private static readonly string[] NounPrepositions = ["for", "of", "on", "in", "at"];

    /// <summary>Whether the words before <paramref name="at"/> ease or end what starts there:
    /// "eased the shortage", "an end to the squeeze", "to ease a shortage".</summary>
    internal static bool IsEasingBefore(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at].TrimEnd();
        if (EndsWithWord(before, "the") || EndsWithWord(before, "its") || EndsWithWord(before, "their") || EndsWithWord(before, "a")
            || EndsWithWord(before, "an") || EndsWithWord(before, "this") || EndsWithWord(before, "that"))
        {
            before = before[..Math.Max(before.LastIndexOf(' '), 0)].TrimEnd();
        }

        foreach (var verb in EasingVerbsBefore)
        {
            if (EndsWithWord(before, verb))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsAsciiLetter(text[length]))
        {
            length++;
        }

        return length;
    }

    private static bool StartsWithAnyWord(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] EasingVerbs =
    [
        "eased", "eases", "easing", "ease", "abated", "abates", "abating", "receded", "recedes", "receding", "subsided", "subsides",
        "subsiding", "ended", "ends", "over", "let up", "lets up", "lifted", "resolved", "narrowed", "narrows", "narrowing", "faded",
        "fades", "shrank", "shrunk",
    ];

    /// <summary>Whether <paramref name="before"/> (a sentence up to an event) ends inside a
    /// relative clause on the object of a verb of easing or lifting: "easing a bottleneck that
    /// disrupted car production", "ended a shortage that forced Ford to idle a plant", "lifted the
    /// ban that barred US firms from buying rare earths". What the clause tells is the past of
    /// what is being eased, not news.</summary>
    internal static bool InClauseOnEasedObject(ReadOnlySpan<char> before)
    {
        // The clause opens near the event: "that forced Ford to idle a plant".
        var window = Math.Max(0, before.Length - EasedClauseReach);
        var clause = before[window..];
        // One pass for either opener first: most events have none near them.
        var first = clause.IndexOfAny(RelativeOpenerSearch);
        if (first < 0)
        {
            return false;
        }

        var opener = Math.Max(clause.LastIndexOf(" that ", StringComparison.Ordinal), clause.LastIndexOf(" which ", StringComparison.Ordinal));
        if (clause[opener..].IndexOfAny(',', ';') >= 0)
        {
            return false;
        }

        opener += window;

        // The object: a determiner and at most five more words ("a shortage of rare earth
        // magnets"), with nothing but spaces and word characters between it and the clause.
        var head = before[..opener];
        for (var words = 0; words < EasedObjectWords; words++)
        {
            var space = head.LastIndexOf(' ');
            if (space < 0)
            {
                return false;
            }

            var word = head[(space + 1)..];
            if (word.IsEmpty || word.ContainsAnyExcept(WordCharacters))
            {
                return false;
            }

            head = head[..space];
            if (IsDeterminer(word))
            {
                foreach (var verb in EasingVerbsBefore)
                {
                    if (EndsWithWord(head, verb))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private const int EasedObjectWords = 6;

    private const int EasedClauseReach = 60;

    // (Declared after RelativeOpeners: static fields are set in the order they are written.)
    private static readonly System.Buffers.SearchValues<string> RelativeOpenerSearch =
        System.Buffers.SearchValues.Create(RelativeOpeners, StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> WordCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'\u2019");

    private static readonly string[] EasingVerbsBefore =
    [
        "eased", "eases", "easing", "ease", "ended", "ends", "ending", "end to", "relieved", "relieve", "relieves", "alleviated",
        "alleviate", "alleviates", "resolved", "resolve", "easing of", "end of",
        // Controls lifted or put off: "lifted the ban that barred US firms from buying rare earths".
        "lifted", "lifts", "lift", "lifting", "scrapped", "scraps", "scrap", "scrapping", "removed", "removes", "remove", "removing",
        "repealed", "revoked", "rescinded", "abolished", "suspended", "suspends", "suspend", "suspending", "paused", "pauses",
        "relaxed", "relaxes", "relax", "loosened", "loosens",
    ];

    /// <summary>Whether <paramref name="sentence"/> prices something in money: a currency sign
    /// or a price per unit ("$55,000", "per kilogram", "a tonne", "yuan").</summary>
    internal static bool NamesMoneyPrice(ReadOnlySpan<char> sentence) =>
        sentence.IndexOfAny('$', '\u20AC', '\u00A5') >= 0 || sentence.IndexOfAny(MoneyUnitSearch) >= 0;

    private static readonly System.Buffers.SearchValues<string> MoneyUnitSearch = System.Buffers.SearchValues.Create(
        [" per kilogram", " a kilogram", " per kg", "/kg", " per tonne", " a tonne", " per ton", " a ton", " yuan", " dollars"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="between"/> names shares or firms, whose price is no
    /// material's: "rare earth stocks rose 5% to $4", "antimony miners fell".</summary>
    internal static bool NamesSecurities(ReadOnlySpan<char> between) => between.IndexOfAny(SecuritiesSearch) >= 0;

    private static readonly System.Buffers.SearchValues<string> SecuritiesSearch = System.Buffers.SearchValues.Create(
        ["share", "stock", "miner", "compan", "producer", "firm", "index", "fund", "etf", "equit"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="verb"/> is one that sets how long a licence lasts when
    /// a stretch of time follows it ("were cut to six months", "extended to two years"), not one
    /// that moves a count or a wait ("approvals fell to 20 days" is how long they take).</summary>
    internal static bool ChangesValidity(ReadOnlySpan<char> verb) => EqualsAnyIgnoringCase(verb, ValidityVerbs);

    private static readonly string[] ValidityVerbs =
        ["cut", "cuts", "shortened", "shortens", "shorten", "reduced", "reduces", "reduce", "extended", "extends", "extend", "lengthened", "lengthens"];

    /// <summary>Whether <paramref name="before"/> ends with "validity of", and perhaps a
    /// determiner: "the validity of its".</summary>
    internal static bool EndsWithValidityOf(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        var space = before.LastIndexOf(' ');
        if (space >= 0 && IsDeterminer(before[(space + 1)..]))
        {
            before = before[..space].TrimEnd();
        }

        return EndsWithWord(before, "validity of");
    }

    /// <summary>Whether <paramref name="between"/> opens a clause of fact: " after ", " since ",
    /// " because ", " following ".</summary>
    internal static bool HasFactClause(ReadOnlySpan<char> between)
    {
        foreach (var opener in FactClauseOpeners)
        {
            if (between.ContainsIgnoreCase(opener))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] FactClauseOpeners = [" after ", " since ", " because ", " following "];

    /// <summary>Whether <paramref name="gap"/> holds only words that may sit between a subject's
    /// head noun and its verb besides its modifiers: prepositions, determiners, auxiliaries,
    /// figures and "and"; and, after "at" or "among", up to three words that say who holds it
    /// ("inventories at European carmakers have fallen", "stockpiles at Western ammunition makers
    /// have dropped").</summary>
    internal static bool IsSubjectLink(ReadOnlySpan<char> gap)
    {
        var holderWords = 0;
        return IsSubjectLink(gap, ref holderWords);
    }

    /// <summary><see cref="IsSubjectLink(ReadOnlySpan{char})"/> for one of several gaps between
    /// a subject's words: <paramref name="holderWords"/> carries how many holder words may still
    /// follow an "at" or "among" of an earlier gap (a nationality between is a mention:
    /// "at | European | carmakers").</summary>
    internal static bool IsSubjectLink(ReadOnlySpan<char> gap, ref int holderWords)
    {
        foreach (var range in gap.SplitAny(" ,"))
        {
            var word = gap[range];
            if (word.IsEmpty || char.IsAsciiDigit(word[0]))
            {
                continue;
            }

            var allowed = false;
            foreach (var link in SubjectLinkWords)
            {
                if (word.Equals(link, StringComparison.OrdinalIgnoreCase))
                {
                    allowed = true;
                    break;
                }
            }

            if (allowed)
            {
                holderWords = word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("among", StringComparison.OrdinalIgnoreCase) ? 3 : holderWords;
                continue;
            }

            if (holderWords == 0 || !IsHolderWord(word))
            {
                return false;
            }

            holderWords--;
        }

        return true;
    }

    /// <summary>A word of a phrase that names holders ("European", "ammunition", "makers"):
    /// letters only.</summary>
    private static bool IsHolderWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] SubjectLinkWords =
    [
        "for", "of", "to", "from", "in", "into", "among", "the", "a", "an", "its", "their", "and", "or", "all", "has", "have", "had", "was", "were",
        "is", "are", "been", "will", "would", "also", "again", "sharply", "nearly", "almost", "more", "than", "by",
        // When ("magnet exports in the first ten months were up 12%")
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "month", "months", "year", "quarter", "week", "last", "this", "first", "past", "previous", "same", "period", "half",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        // and how much, before a comparison ("exports reached 12 tonnes in October, up from 3")
        "reached", "totalled", "totaled", "stood", "at", "came", "amounted", "tonnes", "tonne", "tons", "kilograms", "kg", "metric",
    ];

    /// <summary>Whether <paramref name="between"/> (an event to a time cue after it) holds a
    /// clause of its own with a subject and a past verb, without "that" or "which": "suspended the
    /// export controls it imposed on five rare earths in October" (the cue dates the imposing).</summary>
    internal static bool HasContactClause(ReadOnlySpan<char> between)
    {
        if (between.IndexOfAny(",;") >= 0)
        {
            return false;
        }

        foreach (var subject in ContactSubjects)
        {
            var at = between.IndexOf(subject, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = between[(at + subject.Length)..];
            var end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest[..end];

            // "The gallium ban it had lifted last year": past perfect, the participle after "had".
            if (end > 0 && word is "had" or "has" or "have")
            {
                rest = rest[(end + 1)..];
                end = rest.IndexOf(' ');
                word = end < 0 ? rest : rest[..end];
            }

            if (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ContactSubjects = [" it ", " they ", " Beijing ", " China ", " Washington ", " the ministry ", " the government "];

    /// <summary>Whether a subordinator is "before" or "ahead of".</summary>
    internal static bool IsBeforeWord(ReadOnlySpan<char> word) =>
        word.Equals("before", StringComparison.OrdinalIgnoreCase) || word.Equals("ahead of", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="clause"/> (from its "before" to its sentence's end) says,
    /// before any comma, that what it names was only due: "before the pause was due to lapse".</summary>
    internal static bool IsScheduleOnly(ReadOnlySpan<char> clause)
    {
        var end = clause.IndexOfAny(',', ';');
        var own = end < 0 ? clause : clause[..end];
        foreach (var phrase in SchedulePhrases)
        {
            if (own.ContainsIgnoreCase(phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SchedulePhrases =
        [" was due to ", " were due to ", " had been due to ", " was set to ", " were set to ", " was scheduled to ", " were scheduled to ", " was supposed to "];

    /// <summary>Whether the word right before <paramref name="at"/> is a preposition that takes a
    /// noun ("into", "of", "for"; not "to", which may open an infinitive).</summary>
    internal static bool FollowsPreposition(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at].TrimEnd();
        if (before.Length == at)
        {
            return false;
        }

        // The last word, lower-cased and matched by a switch: this runs for many verbs, and a loop
        // of case-insensitive compares over the list showed in the profile.
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]) && before.Length - start <= 5)
        {
            start--;
        }

        var word = before[start..];
        if (word.Length > 5)
        {
            return false;
        }

        Span<char> lower = stackalloc char[5];
        var folded = lower[..word.ToLowerInvariant(lower)];
        return folded is "into" or "of" or "in" or "for" or "with" or "from" or "by" or "about" or "at";
    }

    /// <summary>Whether a preposition that takes an object, not an agent, comes right before
    /// <paramref name="at"/>, past "the": "sales to US buyers", "exports to the United States".
    /// Without <paramref name="includeOf"/>, "of" does not count ("a number of cargoes").</summary>
    internal static bool FollowsObjectPreposition(ReadOnlySpan<char> text, int at, bool includeOf = true)
    {
        var before = text[..at].TrimEnd();
        if (EndsWithWord(before, "the"))
        {
            before = before[..^3].TrimEnd();
        }

        foreach (var preposition in ObjectPrepositions)
        {
            if ((includeOf || preposition != "of") && EndsWithWord(before, preposition))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ObjectPrepositions = ["to", "for", "from", "on", "against", "of", "into", "with"];

    /// <summary>Whether the request cue ("asked", "asks", "asking", "called on") at
    /// <paramref name="start"/> is Beijing's own: "China asked its rare earth firms to stop signing export contracts", "the
    /// commerce ministry asked exporters to report end users" tell an instruction, not a request
    /// that may be refused ("the Netherlands asked China to speed up licences").</summary>
    internal static bool IsBeijingInstruction(ReadOnlySpan<char> text, int sentenceStart, int start, int end)
    {
        var cue = text[start..end];
        if (!((cue.Length <= 6 && cue.StartsWith("ask", StringComparison.OrdinalIgnoreCase))
            || cue.EndsWith(" on", StringComparison.OrdinalIgnoreCase) && cue.StartsWith("call", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var before = text[sentenceStart..start].TrimEnd();
        if (EndsWithWord(before, "China") || EndsWithWord(before, "Beijing"))
        {
            return true;
        }

        if (!(EndsWithWord(before, "ministry") || EndsWithWord(before, "MOFCOM") || EndsWithWord(before, "authorities") || EndsWithWord(before, "regulators")))
        {
            return false;
        }

        // The ministry or authorities of China, or the commerce ministry named alone.
        var subject = before[Math.Max(0, before.Length - 40)..];
        return subject.Contains("China", StringComparison.Ordinal) || subject.Contains("Chinese", StringComparison.Ordinal)
            || subject.Contains("Beijing", StringComparison.Ordinal) || EndsWithWord(before, "commerce ministry") || EndsWithWord(before, "MOFCOM");
    }

    /// <summary>Whether the word right before <paramref name="at"/> is <paramref name="word"/>.</summary>
    internal static bool FollowsWord(ReadOnlySpan<char> text, int at, string word)
    {
        var before = text[..at].TrimEnd();
        return EndsWithWord(before, word) && before.Length < at;
    }

    /// <summary>"Delayed by licence checks", "halted by the new rules": between a passive verb
    /// and a noun after it, "by" and at most two more words make the noun the agent, not the
    /// object.</summary>
    internal static bool IsAgentGap(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        if (!(trimmed.Equals("by", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
            || trimmed.IndexOfAny(',', ';') >= 0)
        {
            return false;
        }

        var words = 0;
        foreach (var range in trimmed.SplitAny(" \t"))
        {
            words += trimmed[range].IsEmpty ? 0 : 1;
        }

        return words <= 3;
    }

    /// <summary>Whether <paramref name="gap"/> is only "and", "but" or "then", with blanks and a comma.</summary>
    internal static bool IsCoordinatorGap(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim(" \t,");
        return trimmed is "and" or "but" or "then" or "and then";
    }

    /// <summary>Whether <paramref name="gap"/> is a comma and "and" or "but" followed by up to two
    /// words of the next clause's subject: ", and germanium ", ", but European magnet ", past a
    /// short tail that reports the clause before (", traders said, and germanium ").</summary>
    internal static bool IsCommaCoordinatorBeforeSubject(ReadOnlySpan<char> gap)
    {
        if (gap.StartsWith(", ", StringComparison.Ordinal) && gap[2..].IndexOf(',') is var tail and > 0
            && gap.Slice(2, tail) is var said && said.Count(' ') <= 3
            && (said.EndsWith(" said", StringComparison.Ordinal) || said.EndsWith(" say", StringComparison.Ordinal) || said.EndsWith(" says", StringComparison.Ordinal)))
        {
            gap = gap[(2 + tail)..];
        }

        var rest = gap.StartsWith(", and ", StringComparison.Ordinal) ? gap[6..] : gap.StartsWith(", but ", StringComparison.Ordinal) ? gap[6..] : default;
        if (rest.IsEmpty || rest.IndexOfAny(',', ';') >= 0)
        {
            return false;
        }

        var words = rest.Trim(' ');
        return words.Count(' ') <= 1 && !words.IsEmpty;
    }

    /// <summary>What may sit between the items of a list of names: blanks, commas, "and", "or".</summary>
    internal static bool IsListGap(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim(" \t,");
        return trimmed.IsEmpty || trimmed.Equals("and", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("or", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] Determiners = ["the", "a", "an", "its", "their", "this", "these", "those", "last", "latest", "new"];

    // (A loop of case-insensitive compares is cheap here: most words differ in length from every
    // determiner, and the compare checks the length first.)
    private static bool IsDeterminer(ReadOnlySpan<char> word)
    {
        foreach (var determiner in Determiners)
        {
            if (word.Equals(determiner, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="span"/> holds "not", "never" or a word ending in "n't"
    /// ("the ban has not expired", "hasn't lapsed").</summary>
    internal static bool HasNegationWord(ReadOnlySpan<char> span) =>
        ContainsWord(span, "not") || ContainsWord(span, "never") || span.ContainsIgnoreCase("n't")
            || span.ContainsIgnoreCase("n\u2019t");

    /// <summary>"Talks on lifting the gallium ban stalled", "talks between the EU and China on
    /// faster rare earth licences": whether the word at <paramref name="at"/> is in what talks are
    /// about, at most four words after "on", "about" or "over", with a word for talks before that
    /// in its clause.</summary>
    internal static bool IsTopicOfTalks(ReadOnlySpan<char> text, int sentenceStart, int at)
    {
        var before = text[Math.Max(sentenceStart, at - TopicOfTalksReach)..at];
        // One search for a word of talks first: this runs for every event, and few sentences name talks.
        if (before.IndexOfAny(TalkWordSearch) < 0)
        {
            return false;
        }

        before = before[(before.LastIndexOfAny(",;:") + 1)..];
        var preposition = Math.Max(before.LastIndexOf(" on ", StringComparison.Ordinal),
            Math.Max(before.LastIndexOf(" about ", StringComparison.Ordinal), before.LastIndexOf(" over ", StringComparison.Ordinal)));
        if (preposition < 0)
        {
            return false;
        }

        // "Held talks on rare earths as new export controls took effect": a conjunction ends the topic.
        var topic = before[preposition..];
        if (topic.Count(' ') > TopicWords + 1 || topic[1..].IndexOfAny(TopicEnders) >= 0)
        {
            return false;
        }

        var head = before[..preposition];
        foreach (var word in TalkWords)
        {
            if (ContainsWord(head, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="sentence"/> names talks at all ("talks", "negotiations"...):
    /// one search, so that a sentence without any skips <see cref="IsTopicOfTalks"/>.</summary>
    internal static bool NamesTalks(ReadOnlySpan<char> sentence) => sentence.IndexOfAny(TalkWordSearch) >= 0;

    private const int TopicOfTalksReach = 100;

    private const int TopicWords = 4;

    private static readonly System.Buffers.SearchValues<string> TopicEnders = System.Buffers.SearchValues.Create(
        [" as ", " while ", " when ", " after ", " before ", " because ", " since ", " but ", " though ", " amid "], StringComparison.Ordinal);

    private static readonly string[] TalkWords = ["talks", "negotiations", "discussions", "dialogue", "consultations"];

    private static readonly System.Buffers.SearchValues<string> TalkWordSearch =
        System.Buffers.SearchValues.Create(TalkWords, StringComparison.OrdinalIgnoreCase);

    /// <summary>"Six weeks after the rules took effect", "two years after China banned gallium
    /// exports": whether the event at <paramref name="spanStart"/> follows "after" (past at most
    /// two words: "the", "China's") with a stretch of time before it, so that it happened that
    /// long ago.</summary>
    internal static bool FollowsTimeAfter(ReadOnlySpan<char> text, int sentenceStart, int spanStart)
    {
        var before = text[Math.Max(sentenceStart, spanStart - TimeAfterReach)..spanStart];
        var after = before.LastIndexOf(" after ", StringComparison.Ordinal);
        if (after < 0 || before[(after + 7)..].Count(' ') > 2)
        {
            return false;
        }

        var head = before[..after].TrimEnd();
        var space = head.LastIndexOf(' ');
        if (space < 0 || !IsAnyWord(head[(space + 1)..], TimeUnits))
        {
            return false;
        }

        var count = head[..space].TrimEnd();
        var start = count.LastIndexOf(' ') + 1;
        var number = count[start..];
        return IsAnyWord(number, CountWords) || (number.Length > 0 && char.IsAsciiDigit(number[0]));
    }

    // "Eighteen months after the ban was imposed": room for the stretch, "after" and two words.
    private const int TimeAfterReach = 48;

    private static readonly string[] TimeUnits = ["days", "weeks", "months", "years", "day", "week", "month", "year"];

    private static readonly string[] CountWords =
        ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "eighteen", "several",
         "few", "many"];

    /// <summary>"Beijing scrapped the requirement for exporters to report the end use of graphite
    /// shipments": whether <paramref name="before"/> (the sentence up to a phrase) ends with a
    /// verb of lifting, a requirement or an obligation, at most four words and "to", so that what
    /// the phrase tells is what was required, lifted with it.</summary>
    internal static bool FollowsLiftedRequirement(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        if (!EndsWithWord(before, "to"))
        {
            return false;
        }

        var head = before[..^2].TrimEnd();
        for (var words = 0; words < RequirementReach; words++)
        {
            var space = head.LastIndexOf(' ');
            if (space < 0)
            {
                return false;
            }

            if (IsAnyWord(head[(space + 1)..], RequirementWords))
            {
                var verb = head[..space].TrimEnd();
                var last = verb.LastIndexOf(' ');
                if (IsDeterminer(verb[(last + 1)..]))
                {
                    verb = verb[..Math.Max(last, 0)].TrimEnd();
                }

                return IsAnyWord(verb[(verb.LastIndexOf(' ') + 1)..], LiftingVerbs);
            }

            head = head[..space].TrimEnd();
        }

        return false;
    }

    // "The requirement for exporters of gallium to": the requirement and four words.
    private const int RequirementReach = 5;

    private static readonly string[] RequirementWords = ["requirement", "requirements", "obligation", "obligations"];

    private static readonly string[] LiftingVerbs =
        ["scrapped", "scraps", "scrap", "scrapping", "removed", "removes", "remove", "removing", "dropped", "drops", "drop", "dropping",
         "lifted", "lifts", "lift", "lifting", "ended", "ends", "end", "ending", "abolished", "abolishes", "abolish", "waived", "waives",
         "waive", "suspended", "suspends", "suspend", "relaxed", "eased", "eases", "ease"];

    /// <summary>Whether <paramref name="span"/> holds a word that opens another clause: "after",
    /// "before", "since", "because", "while", "when", "as", "but".</summary>
    internal static bool HasSubordinator(ReadOnlySpan<char> span) => span.IndexOfAny(SubordinatorSearch) >= 0;

    private static readonly System.Buffers.SearchValues<string> SubordinatorSearch = System.Buffers.SearchValues.Create(
        [" after ", " before ", " since ", " because ", " while ", " when ", " as ", " but "], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the cue at <paramref name="start"/>..<paramref name="end"/> is "ends" or
    /// "ended" used with an object after it: a determiner or a possessive ("the truce ended the
    /// standoff"), or a word for a conflict or a mood ("Truce Ends Trade War", "ends months of
    /// uncertainty"). "The truce ends on Friday", "ended last week", "ends as talks stall" end
    /// it.</summary>
    internal static bool EndsAnObject(ReadOnlySpan<char> text, int start, int end)
    {
        var cue = text[start..end];
        if (!cue.Equals("ends", StringComparison.OrdinalIgnoreCase) && !cue.Equals("ended", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return EqualsAnyIgnoringCase(NextWord(text, end), EndedObjectWords);
    }

    private static readonly string[] EndedObjectWords =
        ["the", "a", "an", "its", "their", "his", "her", "our", "years", "months", "weeks", "decades", "trade", "war", "dispute",
         "standoff", "stand", "stalemate", "impasse", "uncertainty", "tension", "tensions", "fears", "hopes", "feud", "row", "fight",
         "talk", "speculation", "shortages", "shortage"];

    /// <summary>Whether the words right before <paramref name="at"/> are "end of", "expiry of" or
    /// "lapse of" and a determiner: "the end of the truce", "the expiry of its pause". Up to
    /// <see cref="EndOfQualifierWords"/> words may qualify the relief in between ("the end of
    /// the US-China gallium truce", "the expiry of the export licence waiver"), none of them a
    /// word that links phrases or a determiner ("the end of talks on the truce").</summary>
    internal static bool FollowsEndOf(ReadOnlySpan<char> text, int at) =>
        text[Math.Max(0, at - QualifiedReachChars)..at].IndexOfAny(EndOfLeadSearch) >= 0 && FollowsQualified(text, at, under: false);

    private static readonly System.Buffers.SearchValues<string> EndOfLeadSearch = System.Buffers.SearchValues.Create(
        ["end of ", "expiry of ", "expiration of ", "lapse of ", "End of ", "Expiry of ", "Expiration of ", "Lapse of "], StringComparison.Ordinal);

    /// <summary>Whether <paramref name="after"/> (the text right after a relief) opens with its
    /// end in the possessive: "'s expiry", "'s end", "'s expiration" (curly apostrophe too).</summary>
    internal static bool PossessiveEndAfter(ReadOnlySpan<char> after)
    {
        if (after.Length < 6 || after[0] is not ('\'' or '\u2019') || after[1] != 's' || after[2] != ' ')
        {
            return false;
        }

        var word = NextWord(after, 2);
        return word is "expiry" or "end" or "expiration" or "ending";
    }

    /// <summary>"Under the truce, China paused its gallium controls": whether the words right
    /// before <paramref name="at"/> are "under" and a determiner, past qualifying words as in
    /// <see cref="FollowsEndOf"/>: what the sentence does under it is one in force, not news of
    /// it (not "under the new rules", which may be the news).</summary>
    internal static bool FollowsUnder(ReadOnlySpan<char> text, int at) =>
        text[Math.Max(0, at - QualifiedReachChars)..at].IndexOf("nder ", StringComparison.Ordinal) >= 0
        && !StartsWithWord(text[at..], "new") && FollowsQualified(text, at, under: true);

    // The lead words and up to four words of qualifier, with room to spare. The lead is looked
    // for first with an ordinal search ("nder " for "Under" and "under"): walking back word by
    // word for every candidate, which most are not, cost 3 % of a score.
    private const int QualifiedReachChars = 96;

    // Word by word back from the relief, with plain compares: this runs for most candidates,
    // and a search of the text before each for the lead words cost 5 % of a score.
    private static bool FollowsQualified(ReadOnlySpan<char> text, int at, bool under)
    {
        var end = at;
        for (var words = 0; words <= EndOfQualifierWords; words++)
        {
            if (end < 2 || text[end - 1] != ' ')
            {
                return false;
            }

            // One word back: letters, digits, hyphens and apostrophes ("one-year", "China's").
            var start = end - 1;
            while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '\'' or '\u2019'))
            {
                start--;
            }

            var word = text[start..(end - 1)];
            if (word.IsEmpty)
            {
                return false;
            }

            if (EqualsAnyIgnoringCase(word, under ? UnderDeterminers : EndOfDeterminers) && LeadBefore(text[..start], under))
            {
                return true;
            }

            if (EqualsAnyIgnoringCase(word, LinkingWords) || (under && word.Equals("new", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            end = start;
        }

        return false;
    }

    // Word by word with short compares: an ignore-case EndsWith of each lead ran at every
    // determiner before every relief.
    private static bool LeadBefore(ReadOnlySpan<char> before, bool under)
    {
        var word = LastWord(before, out var rest);
        if (under)
        {
            return word.Equals("under", StringComparison.OrdinalIgnoreCase);
        }

        return word.Equals("of", StringComparison.OrdinalIgnoreCase) && EqualsAnyIgnoringCase(LastWord(rest, out _), EndOfLeads);
    }

    /// <summary>Whether <paramref name="word"/> is "the", "a", "an", "its" or "their", as written
    /// inside a sentence.</summary>
    internal static bool IsPlainDeterminer(ReadOnlySpan<char> word) => word is "the" or "a" or "an" or "its" or "their";

    /// <summary>The word that ends <paramref name="text"/> before one blank, and the text before
    /// that word; empty when no blank ends it.</summary>
    internal static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        rest = default;
        if (text.Length < 2 || text[^1] != ' ')
        {
            return default;
        }

        var start = text.Length - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        rest = text[..start];
        return text[start..^1];
    }

    private const int EndOfQualifierWords = 4;

    private static readonly string[] LinkingWords =
        ["of", "on", "for", "in", "to", "and", "or", "that", "which", "with", "by", "after", "before", "since", "over", "about",
         "the", "a", "an", "its", "their"];

    private static readonly string[] EndOfLeads = ["end", "expiry", "expiration", "lapse"];

    private static readonly string[] EndOfDeterminers = ["the", "its", "their", "a"];

    private static readonly string[] UnderDeterminers = ["the", "its", "their", "this", "that"];

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="word"/> (its leading
    /// blank included) as a whole word: " hold" in " hold for a year", not in " holders".</summary>
    internal static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

    internal static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        for (var at = text.IndexOfIgnoreCase(word); at >= 0;)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            var next = text[end..].IndexOfIgnoreCase(word);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> ends with the whole word <paramref name="word"/>, in any case.</summary>
    internal static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.OrdinalIgnoreCase)
        && (text.Length == word.Length || !char.IsLetter(text[text.Length - word.Length - 1]));

    /// <summary>Whether <paramref name="text"/> ends with one of <paramref name="words"/> as a whole word, in any case.</summary>
    internal static bool EndsWithAnyWord(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (EndsWithWord(text, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="verb"/> is a verb of reducing ("cut", "reduce", "lower",
    /// "slash", "trim", "halve") or banning ("ban", "prohibit", "bar") that takes an object, so
    /// that a plain noun right after it can be what it acts on: see <see cref="HasOwnObject"/>.</summary>
    internal static bool ReducesOrBansAnObject(ReadOnlySpan<char> verb)
    {
        if (verb.Length > 11)
        {
            return false;
        }

        Span<char> lower = stackalloc char[verb.Length];
        verb.ToLowerInvariant(lower);
        return IsAnyLowerWord(lower, ReducingVerbs) || IsAnyLowerWord(lower, BanningVerbs);
    }

    /// <summary>"Boost exports to Europe and reduce tension over magnets", "cut costs by moving
    /// plants inland": whether the words from <paramref name="from"/> (right after a verb) are an
    /// object of the verb's own, one to three plain lower-case words that punctuation, a
    /// preposition or a conjunction ends before the next mention (at
    /// <paramref name="nextMention"/>), so the verb acts on them and not on a noun around it.
    /// Plain words that run into a mention describe it ("cut overall exports"); amounts, times,
    /// pronouns and adverbs are not objects ("cut by half", "reduced them", "fell sharply").</summary>
    internal static bool HasOwnObject(ReadOnlySpan<char> text, int from, int nextMention, int sentenceEnd)
    {
        var at = from;
        var words = 0;
        while (true)
        {
            while (at < sentenceEnd && text[at] is ' ' or '\t')
            {
                at++;
            }

            if (at >= sentenceEnd)
            {
                return words > 0;
            }

            var start = at;
            while (at < sentenceEnd && (char.IsAsciiLetterLower(text[at]) || text[at] == '-'))
            {
                at++;
            }

            if (at == start)
            {
                // Punctuation or a number ends the object; a capital or an apostrophe leaves it unclear.
                return words > 0 && !char.IsLetter(text[at]) && text[at] is not ('\'' or '\u2019');
            }

            if (at < sentenceEnd && (char.IsLetterOrDigit(text[at]) || text[at] is '\'' or '\u2019'))
            {
                return false;
            }

            var word = text[start..at];
            if (IsAnyLowerWord(word, ObjectEnders))
            {
                // "Barred its firms from exporting gallium": what the firms may not do comes after
                // "from", so they are no object of their own; and "its first batch of quotas" is a
                // part of what follows "of". (A cue that opens with "by" or "at" is a mention too,
                // hence the test here.)
                // Unless what they may not do is no trade: "banned foreign firms from buying
                // stakes in rare earth mines" bars the buying, not the mines or their output.
                return words > 0 && !word.SequenceEqual("of")
                    && (!word.SequenceEqual("from") || BarsOtherActivity(text, at, nextMention, sentenceEnd));
            }

            if (start == nextMention)
            {
                return false;
            }

            if (words == 0 && IsAnyLowerWord(word, ObjectOpeners))
            {
                continue;
            }

            if (words > 0 && IsAnyLowerWord(word, ClauseSubjects))
            {
                return true; // "halved the time it takes to approve licences": a clause of its own
            }

            if (word.EndsWith("ly", StringComparison.Ordinal) || IsAnyLowerWord(word, NotObjects) || ++words > 3)
            {
                return false;
            }
        }
    }

    /// <summary>"Cut their output", "halted the shipments": the characters of the determiners
    /// and possessives (<see cref="ObjectOpeners"/>) that open the words after a verb (from
    /// <paramref name="from"/>, its end), with the blanks after each, before
    /// <paramref name="limit"/>; 0 when none does.</summary>
    internal static int ObjectOpenerChars(ReadOnlySpan<char> text, int from, int limit)
    {
        var at = from;
        while (at < limit && text[at] == ' ')
        {
            at++;
        }

        var start = at;
        var end = at;
        while (true)
        {
            var wordEnd = at;
            while (wordEnd < limit && char.IsAsciiLetterLower(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd == at || wordEnd >= limit || text[wordEnd] != ' ' || !IsAnyLowerWord(text[at..wordEnd], ObjectOpeners))
            {
                return end - start;
            }

            at = wordEnd;
            while (at < limit && text[at] == ' ')
            {
                at++;
            }

            end = at;
        }
    }

    /// <summary>Whether the word after <paramref name="from"/> is a gerund that no lexicon entry
    /// names (neither it nor the "from" before it starts at <paramref name="nextMention"/>) and
    /// that moves no goods: "from buying stakes", "from investing", not "from exporting", "from
    /// supplying" or "from buying gallium" (a lexicon entry).</summary>
    private static bool BarsOtherActivity(ReadOnlySpan<char> text, int from, int nextMention, int sentenceEnd)
    {
        var start = from;
        while (start < sentenceEnd && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < sentenceEnd && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        var word = text[start..end];
        return start != nextMention && from - 4 != nextMention && word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && !IsAnyLowerWord(word, GoodsGerunds);
    }

    /// <summary>"Barred foreign companies from investing in rare earth mines": whether the verb at
    /// <paramref name="at"/> follows "from" with a verb of banning shortly before it in its clause,
    /// so that what it tells is what may not happen.</summary>
    internal static bool IsBarredFrom(ReadOnlySpan<char> text, int sentenceStart, int at)
    {
        if (WordBefore(text, at) is not "from")
        {
            return false;
        }

        var clause = text[Math.Max(sentenceStart, at - 5 - BarredReach)..(at - 5)];
        var stop = clause.LastIndexOfAny(",;:");
        clause = clause[(stop + 1)..];
        foreach (var range in clause.Split(' '))
        {
            var word = clause[range];
            if (word.Length is >= 3 and <= 11 && (IsAnyLowerWord(word, BanningVerbs) || IsAnyLowerWord(word, PreventingVerbs)))
            {
                return true;
            }
        }

        return false;
    }

    private const int BarredReach = 40;

    private static readonly string[] PreventingVerbs =
        ["prevent", "prevents", "prevented", "preventing", "forbid", "forbids", "forbade", "forbidden", "stop", "stops", "stopped",
         "block", "blocks", "blocked", "restrict", "restricts", "restricted", "exclude", "excludes", "excluded"];

    // Gerunds that move or make goods: a ban on doing them bans the trade.
    private static readonly string[] GoodsGerunds =
        ["supplying", "sending", "delivering", "transporting", "shipping", "exporting", "selling", "producing", "trading",
         "moving", "carrying", "transferring", "providing", "mining", "processing", "refining", "smelting", "making", "manufacturing"];

    private static readonly string[] ReducingVerbs =
        ["cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "lower", "lowers", "lowered", "lowering",
         "slash", "slashes", "slashed", "slashing", "trim", "trims", "trimmed", "trimming", "halve", "halves", "halved", "halving"];

    private static readonly string[] BanningVerbs =
        ["ban", "bans", "banned", "banning", "prohibit", "prohibits", "prohibited", "prohibiting", "bar", "bars", "barred", "barring",
         "outlaw", "outlaws", "outlawed"];

    private static readonly string[] ObjectOpeners = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "any", "all"];

    private static readonly string[] ObjectEnders =
        ["by", "to", "from", "in", "on", "at", "for", "of", "with", "over", "about", "between", "among", "across", "after", "before",
         "since", "into", "through", "amid", "and", "but", "or", "while", "as", "because", "which", "that", "so", "than", "until"];

    // Not an object of their own: amounts, stretches of time, pronouns, particles and adverbs.
    private static readonly string[] NotObjects =
        ["it", "them", "half", "third", "thirds", "quarter", "percent", "per", "cent", "tonnes", "tons", "number", "amount",
         "amounts", "volume", "volumes", "quantity", "quantities", "share", "level", "levels", "value", "pace", "size", "scale",
         "back", "off", "down", "up", "out", "further", "again", "also", "still", "even", "more", "less", "much", "hard",
         "deep", "last", "next", "day", "days", "week", "weeks", "month", "months", "year", "years", "times", "twice",
         "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "few", "dozen", "hundreds"];

    private static readonly string[] ClauseSubjects = ["it", "they", "we", "he", "she", "i", "you"];

    internal static bool IsQuestion(ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.TrimEnd(" \t\r\n\"'\u201D\u2019)]");
        return trimmed.Length > 0 && trimmed[^1] == '?';
    }
}
