using System.Globalization;
using System.Xml;

namespace SupplyRisk.Risk.Api;

/// <summary>Validates <c>from</c>, <c>to</c> and <c>step</c> of a history request. Defaults:
/// the last 30 days, a step that gives about 200 points. Steps are ISO 8601 durations
/// (<c>PT1H</c>, <c>P1D</c>) or a number with a unit (<c>15m</c>, <c>6h</c>, <c>1d</c>).</summary>
internal static class HistoryRange
{
    public sealed record Range(DateTimeOffset From, DateTimeOffset To, TimeSpan Step);

    private static readonly TimeSpan DefaultSpan = TimeSpan.FromDays(30);
    private static readonly TimeSpan MaxSpan = TimeSpan.FromDays(366 * 30);
    private static readonly TimeSpan MinStep = TimeSpan.FromMinutes(1);

    // The first and last instants .NET holds (0001-01-01T00:00 and 9999-12-31T23:59:59.9999999)
    // go to PostgreSQL as -infinity and infinity, and a series of points towards either never
    // ends: one such request held a database connection until its 30 s timeout. A day's margin
    // at each end keeps every point, and the day buckets read around it, inside what both hold.
    internal static readonly DateTimeOffset Earliest = new(1, 1, 2, 0, 0, 0, TimeSpan.Zero);
    internal static readonly DateTimeOffset Latest = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static (Range? Range, string? Error) Parse(string? from, string? to, string? step, DateTimeOffset now, int maxPoints)
    {
        var toValue = now;
        if (!string.IsNullOrWhiteSpace(to) && !TryDate(to, out toValue))
        {
            return (null, $"'to' is not an ISO 8601 date: '{to}'.");
        }
        if (toValue > Latest)
        {
            return (null, $"'to' must not be later than {Latest:yyyy-MM-dd}.");
        }
        // 30 days before 'to', or the earliest date served when 'to' falls in the first month of year 1.
        var fromValue = toValue - Earliest > DefaultSpan ? toValue - DefaultSpan : Earliest;
        if (!string.IsNullOrWhiteSpace(from) && !TryDate(from, out fromValue))
        {
            return (null, $"'from' is not an ISO 8601 date: '{from}'.");
        }
        if (fromValue < Earliest)
        {
            return (null, $"'from' must not be earlier than {Earliest:yyyy-MM-dd}.");
        }
        if (fromValue >= toValue)
        {
            return (null, "'from' must be before 'to'.");
        }
        if (toValue - fromValue > MaxSpan)
        {
            return (null, "The range may span at most 30 years.");
        }
        TimeSpan stepValue;
        if (string.IsNullOrWhiteSpace(step))
        {
            var minutes = Math.Max(1, Math.Ceiling((toValue - fromValue).TotalMinutes / 200));
            stepValue = TimeSpan.FromMinutes(minutes);
        }
        else if (!TryStep(step, out stepValue))
        {
            return (null, $"'step' is not a duration such as 'PT1H', '15m', '6h' or '1d': '{step}'.");
        }
        if (stepValue < MinStep)
        {
            return (null, "'step' must be at least one minute.");
        }
        var points = (toValue - fromValue) / stepValue + 1;
        if (points > maxPoints)
        {
            return (null, $"The range and step give {Math.Floor(points)} points; at most {maxPoints} are served. Use a larger step.");
        }
        return (new Range(fromValue, toValue, stepValue), null);
    }

    private static bool TryDate(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    private static bool TryStep(string text, out TimeSpan value)
    {
        text = text.Trim();
        value = default;
        if (text.StartsWith('P'))
        {
            try
            {
                value = XmlConvert.ToTimeSpan(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }
        if (text.Length < 2 || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0 || n > 1e6)
        {
            return false;
        }
        value = char.ToLowerInvariant(text[^1]) switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            'w' => TimeSpan.FromDays(7 * n),
            _ => TimeSpan.Zero,
        };
        return value > TimeSpan.Zero;
    }
}
