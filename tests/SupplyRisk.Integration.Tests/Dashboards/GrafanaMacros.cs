using System.Text.RegularExpressions;

namespace SupplyRisk.Integration.Tests.Dashboards;

/// <summary>
/// Fills in what Grafana fills in before a query reaches its data source. The values suit the
/// test Prometheus (1 s scrape interval) and a time range of the last 30 days, wide enough for
/// every item a test posts.
/// </summary>
internal static partial class GrafanaMacros
{
    public const string RateInterval = "15s";
    public const string Interval = "5s";
    public const string Range = "1h";

    private const string RangeStart = "(now() - interval '30 days')";
    private const string RangeEnd = "now()";

    public static string Resolve(GrafanaQuery query)
    {
        var text = query.Language == GrafanaQueryLanguage.PromQl ? PromQl(query.Text) : Sql(query.Text);
        foreach (var variable in query.Variables.OrderByDescending(v => v.Name.Length))
        {
            var value = query.Language == GrafanaQueryLanguage.Sql && variable.QuotedInSql
                ? $"'{variable.Value.Replace("'", "''", StringComparison.Ordinal)}'"
                : variable.Value;
            text = text
                .Replace("${" + variable.Name + "}", value, StringComparison.Ordinal)
                .Replace("[[" + variable.Name + "]]", value, StringComparison.Ordinal)
                .Replace("$" + variable.Name, value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The placeholders left after <see cref="Resolve"/>: a macro or variable these
    /// checks do not know, which Grafana would have replaced.</summary>
    public static IReadOnlyList<string> Unresolved(string resolved) =>
        Placeholder().Matches(resolved).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    private static string PromQl(string text) => text
        .Replace("$__rate_interval", RateInterval, StringComparison.Ordinal)
        .Replace("$__interval_ms", "5000", StringComparison.Ordinal)
        .Replace("$__interval", Interval, StringComparison.Ordinal)
        .Replace("$__range_s", "3600", StringComparison.Ordinal)
        .Replace("$__range_ms", "3600000", StringComparison.Ordinal)
        .Replace("$__range", Range, StringComparison.Ordinal);

    private static string Sql(string text)
    {
        text = TimeFilter().Replace(text, m => $"{m.Groups["column"].Value.Trim()} BETWEEN {RangeStart} AND {RangeEnd}");
        text = TimeGroupAlias().Replace(text, m => $"{TimeGroup(m)} AS \"time\"");
        text = TimeGroupMacro().Replace(text, TimeGroup);
        return text
            .Replace("$__timeFrom()", RangeStart, StringComparison.Ordinal)
            .Replace("$__timeTo()", RangeEnd, StringComparison.Ordinal);
    }

    private static string TimeGroup(Match m) =>
        $"date_bin(interval {m.Groups["interval"].Value.Trim()}, {m.Groups["column"].Value.Trim()}, timestamptz 'epoch')";

    [GeneratedRegex(@"\$__timeFilter\((?<column>[^)]+)\)")]
    private static partial Regex TimeFilter();

    [GeneratedRegex(@"\$__timeGroupAlias\((?<column>[^,]+),(?<interval>[^)]+)\)")]
    private static partial Regex TimeGroupAlias();

    [GeneratedRegex(@"\$__timeGroup\((?<column>[^,]+),(?<interval>[^)]+)\)")]
    private static partial Regex TimeGroupMacro();

    [GeneratedRegex(@"\$\{?[A-Za-z_][A-Za-z0-9_.]*\}?|\[\[[A-Za-z_][A-Za-z0-9_]*\]\]")]
    private static partial Regex Placeholder();
}
