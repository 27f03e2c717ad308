using SupplyRisk.Scoring.Engine.Matching;
namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>"Export licences for gallium now take 90 days instead of 45": how long something
/// takes now against how long it took before, read from the words after "take". Pure checks on
/// a span of the article, used by <see cref="EventExtractor"/>.</summary>
internal static class DurationText
{
    /// <summary>+1 when <paramref name="text"/> says something takes longer than before ("take 90
    /// days instead of 45", "takes two months, up from three weeks"), -1 when it takes less
    /// ("take 20 days compared with 45"), 0 when it makes no such comparison.</summary>
    internal static int Change(ReadOnlySpan<char> text) => Compare(AfterTake(text));

    /// <summary>+1 when <paramref name="text"/> says something is now valid for longer than
    /// before ("will be valid for a year instead of six months"), -1 for shorter, 0 when it makes no
    /// such comparison.</summary>
    internal static int ValidityChange(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfIgnoreCase(" valid for ");
        if (at < 0)
        {
            return 0;
        }

        var rest = text[(at + 11)..];
        SkipAny(ref rest, Fillers);
        return Compare(rest);
    }

    /// <summary>"Exporters now wait about 30 days for a gallium licence, down from 45": +1 when
    /// <paramref name="before"/> (the sentence up to a licence noun) ends with a wait of some
    /// time "for" the licence and <paramref name="after"/> (from the noun's end) goes on with a
    /// shorter baseline, -1 for a longer one, 0 when the sentence makes no such comparison.</summary>
    internal static int WaitChange(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        // The baseline right after the noun first: most licence nouns have none, and the search
        // for a wait before them reads the whole sentence.
        var baseline = after.TrimStart(", ");
        if (baseline.IsEmpty || BaselineInitials.IndexOf(char.ToLowerInvariant(baseline[0])) < 0 || !SkipAny(ref baseline, BaselineMarkers))
        {
            return 0;
        }

        // A vague wait ("months") has no figure to compare.
        return TryReadWaitFor(before, out var now, out var unitDays) && unitDays > 0 ? CompareWithBaseline(after, now, unitDays) : 0;
    }

    /// <summary>"Exporters have been waiting two months for licences": whether
    /// <paramref name="before"/> (the sentence up to a licence noun) ends with a wait of some
    /// stretch of time, figured or vague ("months", "several weeks"), "for" what follows. Not
    /// "wait only two weeks", which says it is quick, nor a wait that is not for it ("wait 30
    /// days, then apply for a licence").</summary>
    internal static bool WaitsFor(ReadOnlySpan<char> before) => TryReadWaitFor(before, out _, out _);

    /// <summary>As <see cref="WaitsFor"/>, with the wait in days and the days of its unit (both
    /// 0 when it is vague).</summary>
    private static bool TryReadWaitFor(ReadOnlySpan<char> before, out double days, out double unitDays)
    {
        days = 0;
        unitDays = 0;

        // Runs for most licence nouns, and few sentences wait: an ordinal search first.
        if (!before.Contains(" wait", StringComparison.Ordinal) && !before.Contains(" Wait", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var wait in WaitWords)
        {
            var at = before.LastIndexOfIgnoreCase(wait);
            if (at < 0)
            {
                continue;
            }

            var rest = before[(at + wait.Length)..];
            SkipAny(ref rest, Fillers);
            if (TryReadDuration(ref rest, unitRequired: true, out var count, out unitDays))
            {
                days = count * unitDays;
            }
            else if (!SkipVagueDuration(ref rest))
            {
                return false;
            }

            return rest.StartsWith(" for ", StringComparison.OrdinalIgnoreCase)
                && rest.Length <= WaitForReach && rest.IndexOfAny(',', ';') < 0;
        }

        return false;
    }

    private static bool SkipVagueDuration(ref ReadOnlySpan<char> text)
    {
        foreach (var vague in VagueDurations)
        {
            // Not a bare "time": "the waiting time for licences" names the wait, not how long.
            if (vague is not "time" && text.StartsWith(vague, StringComparison.OrdinalIgnoreCase) && text[vague.Length..].StartsWith(' '))
            {
                text = text[vague.Length..];
                return true;
            }
        }

        return false;
    }

    // "For a rare earth export licence": the licence's own words between "for" and the noun.
    private const int WaitForReach = 40;

    // The first letters of the baseline markers: a cheap test before reading them all.
    private const string BaselineInitials = "iudcrva";

    private static readonly string[] WaitWords = [" wait ", " waits ", " waited ", " waiting "];

    /// <summary>Whether <paramref name="after"/> (the text after a verb) starts with "from" or
    /// "to" and a stretch of time: "down from 45 days", "rose to three months". The verb compares
    /// durations, so what it moves is a wait, not the licences or exports near it.</summary>
    internal static bool StartsWithTimeComparison(ReadOnlySpan<char> after)
    {
        ReadOnlySpan<char> rest;
        if (after.StartsWith(" from ", StringComparison.Ordinal))
        {
            rest = after[6..];
        }
        else if (after.StartsWith(" to ", StringComparison.Ordinal))
        {
            rest = after[4..];
        }
        else
        {
            return false;
        }

        // Not a date counted back ("fell from a month earlier", "up from a year ago").
        SkipAny(ref rest, Fillers);
        return TryReadDuration(ref rest, unitRequired: true, out _, out _) && !SkipAny(ref rest, CountedBack);
    }

    private static readonly string[] CountedBack = [" earlier", " ago", " before", " prior", " previously", " back"];

    /// <summary>Compares the duration at the start of <paramref name="rest"/> with the baseline
    /// after it ("90 days instead of 45").</summary>
    private static int Compare(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || !TryReadDuration(ref rest, unitRequired: true, out var now, out var unitDays))
        {
            return 0;
        }

        return CompareWithBaseline(rest, now * unitDays, unitDays);
    }

    /// <summary>Compares <paramref name="nowDays"/> with the baseline that <paramref name="rest"/>
    /// gives ("instead of 45", ", down from 45 days"); a bare figure takes the unit of the one
    /// before it.</summary>
    private static int CompareWithBaseline(ReadOnlySpan<char> rest, double nowDays, double unitDays)
    {
        // "45 days on average, up from 30": words that qualify the figure may come before its baseline.
        SkipAny(ref rest, FigureQualifiers);
        rest = rest.TrimStart(", ");
        if (!SkipAny(ref rest, BaselineMarkers))
        {
            return 0;
        }

        SkipAny(ref rest, Fillers);
        if (!TryReadDuration(ref rest, unitRequired: false, out var before, out var beforeUnitDays))
        {
            return 0;
        }

        // "90 days instead of 45": the baseline takes the unit of the figure before it.
        var beforeDays = before * (beforeUnitDays > 0 ? beforeUnitDays : unitDays);
        return nowDays > beforeDays ? 1 : nowDays < beforeDays ? -1 : 0;
    }

    /// <summary>Whether <paramref name="before"/> (the text before a verb) ends with a present or
    /// future "take" and a stretch of time, then "to" (or "to be"): "licences now take three
    /// months to approve", "it will take months to obtain licences", "take 45 days to be approved". What takes that long is a delay, not a
    /// grant. Not "took six weeks to approve", which says it was approved in the end, nor "take only
    /// two weeks", which says it is quick.</summary>
    internal static bool TakesTimeTo(ReadOnlySpan<char> before) => TakesTimeTo(before, out _, out _);

    /// <summary>As <see cref="TakesTimeTo(ReadOnlySpan{char})"/>, with the stretch of time in
    /// days and the days of its unit (both 0 when it is vague: "months", "a long time").</summary>
    internal static bool TakesTimeTo(ReadOnlySpan<char> before, out double days, out double unitDays)
    {
        days = 0;
        unitDays = 0;
        // "Take about 45 days to be approved": the passive takes as long.
        if (before.EndsWith(" to be ", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3];
        }

        if (!before.EndsWith(" to ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var window = before[Math.Max(0, before.Length - TakesTimeReach)..^4];
        foreach (var take in PresentTakeWords)
        {
            var at = window.LastIndexOfIgnoreCase(take);
            if (at < 0)
            {
                continue;
            }

            var rest = window[(at + take.Length)..];
            foreach (var vague in VagueDurations)
            {
                if (rest.Equals(vague, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            SkipAny(ref rest, Fillers);
            if (!TryReadDuration(ref rest, unitRequired: true, out var count, out unitDays) || !rest.IsEmpty)
            {
                return false;
            }

            days = count * unitDays;
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="after"/> (the rest of the sentence after a licence noun)
    /// says in its clause that the licences take a stretch of time to handle: "now take up to 60
    /// days to process", "are taking weeks to review" (as <see cref="TakesTimeTo(ReadOnlySpan{char})"/>).</summary>
    internal static bool TakesTimeToHandle(ReadOnlySpan<char> after)
    {
        var clauseEnd = after.IndexOfAny(',', ';');
        var clause = clauseEnd < 0 ? after : after[..clauseEnd];
        // Asked after every licence no verb took: most clauses have no "take" at all.
        if (clause.IndexOf(" tak", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (var handle in HandlingInfinitives)
        {
            var at = clause.IndexOf(handle, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at + handle.Length == clause.Length || !char.IsAsciiLetter(clause[at + handle.Length]))
                && TakesTimeTo(clause[..(at + 4)]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] HandlingInfinitives = [" to process", " to handle", " to review", " to vet"];

    /// <summary>"Licences now take 20 days to approve, down from 45": whether the baseline at the
    /// start of <paramref name="after"/> is longer than the <paramref name="days"/> it takes now,
    /// so the wait shrank. "Down from" and "up from" say which way themselves (the writer knows
    /// the unit of a bare "45"); other baselines ("instead of three months") are compared, a bare
    /// one in the unit of the stretch.</summary>
    internal static bool ShorterThanBaseline(ReadOnlySpan<char> after, double days, double unitDays)
    {
        var rest = after.TrimStart(", ");
        if (rest.StartsWith("down from ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return days > 0 && !rest.StartsWith("up from ", StringComparison.OrdinalIgnoreCase) && CompareWithBaseline(rest, days, unitDays) < 0;
    }

    private const int TakesTimeReach = 48;

    private static readonly string[] PresentTakeWords = [" take ", " takes ", " taking "];

    private static readonly string[] VagueDurations = ["months", "weeks", "many months", "many weeks", "several months", "several weeks", "ages", "a long time", "time", "some time"];

    /// <summary>The text after the first "take", "takes", "took" or "taking" and the words that
    /// may qualify a figure ("up to", "about"); empty when there is none.</summary>
    private static ReadOnlySpan<char> AfterTake(ReadOnlySpan<char> text)
    {
        // One vectorised search for the first of them, then which one it is: this runs for every
        // grant and every licence noun no verb took.
        var at = text.IndexOfAny(TakeSearch);
        if (at < 0)
        {
            return default;
        }

        foreach (var take in TakeWords)
        {
            if (text[at..].StartsWith(take, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[(at + take.Length)..];
                SkipAny(ref rest, Fillers);
                return rest;
            }
        }

        return default;
    }

    private static bool SkipAny(ref ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                text = text[word.Length..];
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads "90 days", "two months", "a week" (or, with no unit required, "45").
    /// <paramref name="unitDays"/> is 0 when no unit follows.</summary>
    private static bool TryReadDuration(ref ReadOnlySpan<char> text, bool unitRequired, out double amount, out double unitDays)
    {
        amount = 0;
        unitDays = 0;
        var rest = text;
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            amount = (amount * 10) + (rest[digits] - '0');
            digits++;
        }

        if (digits > 0)
        {
            rest = rest[digits..];
        }
        else if (!TryReadNumberWord(ref rest, out amount))
        {
            return false;
        }

        var afterNumber = rest;
        rest = rest.TrimStart(' ');
        SkipAny(ref rest, UnitQualifiers);
        foreach (var (unit, days) in Units)
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && (rest.Length == unit.Length || !char.IsLetter(rest[unit.Length])))
            {
                unitDays = days;
                text = rest[unit.Length..];
                return true;
            }
        }

        if (unitRequired || (afterNumber.Length > 0 && char.IsLetter(afterNumber[0])))
        {
            return false;
        }

        text = afterNumber;
        return true;
    }

    private static bool TryReadNumberWord(ref ReadOnlySpan<char> text, out double amount)
    {
        foreach (var (word, value) in NumberWords)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && text.Length > word.Length && !char.IsLetter(text[word.Length]))
            {
                amount = value;
                text = text[word.Length..];
                return true;
            }
        }

        amount = 0;
        return false;
    }

    // "Approvals now arrive within two weeks, compared with six": how long until they come.
    private static readonly string[] TakeWords =
    [
        " take ", " takes ", " took ", " taking ", " arrive within ", " arrive in ", " come through in ", " come within ",
        // "Applications are now processed in 30 days, compared with 45 before."
        " processed in ", " processed within ", " approved in ", " approved within ", " issued in ", " issued within ",
    ];

    private static readonly System.Buffers.SearchValues<string> TakeSearch = System.Buffers.SearchValues.Create(TakeWords, StringComparison.OrdinalIgnoreCase);

    private static readonly string[] Fillers = ["up to ", "as many as ", "as much as ", "about ", "around ", "roughly ", "nearly ", "almost ", "more than ", "over ", "at least ", "the usual ", "a usual ", "the "];

    private static readonly string[] BaselineMarkers =
        ["instead of ", "up from ", "down from ", "compared with ", "compared to ", "rather than ", "versus ", "vs. ", "vs ", "against "];

    private static readonly string[] UnitQualifiers = ["working ", "business ", "calendar "];

    private static readonly string[] FigureQualifiers = [" on average", " or more", " or longer", " now", " at present", " currently"];

    private static readonly (string Unit, double Days)[] Units =
        [("days", 1), ("day", 1), ("weeks", 7), ("week", 7), ("months", 30), ("month", 30), ("years", 365), ("year", 365)];

    private static readonly (string Word, double Value)[] NumberWords =
    [
        ("a", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("fifteen", 15), ("twenty", 20), ("thirty", 30),
        ("forty-five", 45), ("forty", 40), ("sixty", 60), ("ninety", 90),
    ];
}
