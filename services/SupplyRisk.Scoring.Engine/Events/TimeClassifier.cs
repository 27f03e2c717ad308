using SupplyRisk.Scoring.Engine.Lexicon;

namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>Decides whether an event is recalled background or a new fact, from the time cue
/// nearest to it and the publication date: "in April" in a June article, "last year" or
/// "had suspended" mark background (but not "said it had resumed": reported speech); "on
/// Friday", "this week", a future date or no cue at all leave it new.</summary>
internal static class TimeClassifier
{
    internal enum Verdict
    {
        None,
        New,
        Background,
    }

    /// <summary>Reads a month mention: an optional day ("April 4") and year ("April 4, 2025",
    /// "April 2025") right after it, resolved against the publication date. A
    /// <paramref name="monthlyFigure"/> (exports in a month) is news through the whole next month:
    /// customs publish a month's trade figures about three weeks after it ends.</summary>
    /// <param name="hedged">The sentence says what may happen ("production lines may stop in
    /// December"): a month later in the year than publication, given without a year, is the
    /// coming one, not last year's.</param>
    internal static Verdict ForMonth(ReadOnlySpan<char> text, int monthStart, int monthEnd, int month, DateTimeOffset published, bool future, int backgroundDays, bool monthlyFigure = false, bool hedged = false)
    {
        if (future)
        {
            return Verdict.New;
        }

        var pos = monthEnd;
        SkipSpaces(text, ref pos);
        var day = ReadNumber(text, ref pos, 2);
        if (day is < 1 or > 31)
        {
            day = 0;
        }

        if (pos < text.Length && text[pos] == ',')
        {
            pos++;
        }

        SkipSpaces(text, ref pos);
        var year = ReadNumber(text, ref pos, 4);
        if (year is < 1900 or > 2100)
        {
            // "Last November" in a November article is a year back, not this month.
            year = month < published.Month || (month >= published.Month && (month == published.Month || hedged) && !AfterLast(text, monthStart))
                ? published.Year
                : published.Year - 1;
        }

        if (year < 1)
        {
            // A later month in an article dated in year 1 (only a caller's test date does that):
            // before the calendar starts, so certainly background.
            return Verdict.Background;
        }

        if (day > 0)
        {
            var date = new DateTime(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)), 0, 0, 0, DateTimeKind.Unspecified);
            var days = (published.Date - date).TotalDays;
            return days > backgroundDays ? Verdict.Background : Verdict.New;
        }

        var monthsBack = ((published.Year * 12) + published.Month) - ((year * 12) + month);
        if (monthsBack >= 2 || (monthsBack == 1 && published.Day > backgroundDays && !monthlyFigure))
        {
            return Verdict.Background;
        }

        return Verdict.New;
    }

    internal static Verdict ForYear(int year, DateTimeOffset published, bool future) =>
        year < published.Year && !future ? Verdict.Background
        : year > published.Year ? Verdict.New
        : Verdict.None;

    /// <summary>"This spring" (a season given by the month it begins) in the year of
    /// publication: background once the season is over (three to eight months after it began),
    /// news while it lasts or when it is still to come ("this winter" in a November article).</summary>
    internal static Verdict ForSeason(int startMonth, DateTimeOffset published, bool future)
    {
        var monthsSinceStart = (published.Month - startMonth + 12) % 12;
        return !future && monthsSinceStart is >= 3 and < 9 ? Verdict.Background : Verdict.New;
    }

    internal static Verdict ForCue(CueKind kind) => kind switch
    {
        CueKind.Background => Verdict.Background,
        CueKind.Recent => Verdict.New,
        _ => Verdict.None,
    };

    private static bool AfterLast(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at].TrimEnd();
        return before.EndsWith("last", StringComparison.OrdinalIgnoreCase)
            && (before.Length == 4 || !char.IsLetter(before[^5]));
    }

    private static void SkipSpaces(ReadOnlySpan<char> text, ref int pos)
    {
        while (pos < text.Length && text[pos] == ' ')
        {
            pos++;
        }
    }

    private static int ReadNumber(ReadOnlySpan<char> text, ref int pos, int maxDigits)
    {
        var start = pos;
        var value = 0;
        while (pos < text.Length && pos - start < maxDigits && char.IsAsciiDigit(text[pos]))
        {
            value = (value * 10) + (text[pos] - '0');
            pos++;
        }

        if (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos = start;
            return 0;
        }

        // Ordinals such as "4th" still give the day.
        if (pos - start is > 0 and <= 2 && pos + 1 < text.Length && char.IsAsciiLetter(text[pos]) && char.IsAsciiLetter(text[pos + 1]))
        {
            pos += 2;
        }

        return pos > start ? value : 0;
    }
}
