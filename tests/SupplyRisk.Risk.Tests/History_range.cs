using SupplyRisk.Risk.Api;

namespace SupplyRisk.Risk.Tests;

public sealed class History_range
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_parameters_the_last_thirty_days_come_in_about_two_hundred_points()
    {
        var (range, error) = HistoryRange.Parse(null, null, null, Now, 2000);
        Assert.Null(error);
        Assert.Equal(Now.AddDays(-30), range!.From);
        Assert.Equal(Now, range.To);
        Assert.InRange((range.To - range.From) / range.Step, 150, 201);
    }

    [Fact]
    public void A_range_ending_in_the_first_month_of_year_one_starts_at_the_earliest_date()
    {
        // Thirty days before 'to' does not exist there; the range starts at the earliest date
        // served, a day after the calendar's first (which the database would read as -infinity).
        var (range, error) = HistoryRange.Parse(null, "0001-01-05T00:00:00Z", "1d", Now, 2000);
        Assert.Null(error);
        Assert.Equal(new DateTimeOffset(1, 1, 2, 0, 0, 0, TimeSpan.Zero), range!.From);
    }

    [Theory]
    [InlineData("PT1H", 60)]
    [InlineData("15m", 15)]
    [InlineData("6h", 360)]
    [InlineData("1d", 1440)]
    [InlineData("P1D", 1440)]
    public void Steps_are_read_as_iso_durations_or_with_a_unit(string step, double minutes)
    {
        var (range, _) = HistoryRange.Parse("2025-01-01", "2025-03-01", step, Now, 100_000);
        Assert.Equal(TimeSpan.FromMinutes(minutes), range!.Step);
    }

    [Theory]
    [InlineData("2025-02-01", "2025-01-01", null, "'from' must be before 'to'")]
    [InlineData("soon", null, null, "'from' is not an ISO 8601 date")]
    [InlineData(null, "later", null, "'to' is not an ISO 8601 date")]
    [InlineData("2025-01-01", "2025-01-02", "5x", "'step' is not a duration")]
    [InlineData("2025-01-01", "2025-01-02", "30s", "at least one minute")]
    [InlineData("2000-01-01", "2025-01-01", "1h", "at most 2000 are served")]
    [InlineData("1900-01-01", "2025-01-01", "P365D", "at most 30 years")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-05T00:00:00Z", "1d", "'from' must not be earlier than 0001-01-02")]
    [InlineData("9999-12-30T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "1d", "'to' must not be later than 9999-12-31")]
    [InlineData(null, "9999-12-31T12:00:00Z", "1d", "'to' must not be later than 9999-12-31")]
    public void Bad_ranges_are_refused_with_the_reason(string? from, string? to, string? step, string reason)
    {
        var (range, error) = HistoryRange.Parse(from, to, step, Now, 2000);
        Assert.Null(range);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
