using System.Globalization;
using System.Text.Json.Nodes;
using SupplyRisk.Contracts;
using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Risk;

/// <summary>The index "now" is summed through day buckets (risk.sector_buckets) that the writer
/// keeps; it must equal the plain sum over the stored stories, computed here from the rows,
/// for days wholly and partly inside the horizon and after an earlier copy replaced a story's
/// counting item; and the service must rebuild buckets it finds out of step.</summary>
[Collection(PipelineCollection.Name)]
public sealed class Day_buckets(PipelineFixture system)
{
    private static readonly TimeSpan HalfLife = TimeSpan.FromDays(14); // the services' default
    private static readonly TimeSpan Horizon = HalfLife * 20;

    private static readonly string[] Story =
    [
        "China's commerce ministry placed dysprosium and terbium oxides under a new export licence regime, and customs officers in Tianjin held back several containers bound for magnet makers in Japan and Germany.",
        "Carmakers said their motor suppliers had a few weeks of heavy rare earth stock, and two defence contractors told investors that guidance-system deliveries could slip if licences took longer than a month.",
        "Traders in Rotterdam said prices for terbium metal jumped within a day, while a separation plant in Malaysia said it could not raise output before the second half of next year.",
        "Analysts noted that the licence rules mirror those applied to gallium and germanium two years earlier, when shipments fell sharply for several months before approvals resumed.",
    ];

    [Fact]
    public async Task The_index_now_equals_the_sum_over_every_stored_story()
    {
        await system.ResetDataAsync();
        await PostSpreadAsync();

        await AssertIndexEqualsStoriesAsync();
        // Whole days and partial ones were both in play.
        Assert.True(await ScalarAsync("SELECT count(DISTINCT bucket) FROM risk.sector_buckets WHERE rows > 0") >= 5);
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM risk.effective_contributions"),
            await ScalarAsync("SELECT coalesce(sum(rows), 0) FROM risk.sector_buckets"));
    }

    [Fact]
    public async Task Buckets_found_out_of_step_are_rebuilt_when_the_service_starts()
    {
        await system.ResetDataAsync();
        await PostSpreadAsync();
        await system.Risk.KillAsync();
        await using (var cmd = system.Database.CreateCommand(
            "DELETE FROM risk.sector_buckets WHERE bucket = (SELECT max(bucket) FROM risk.sector_buckets)"))
        {
            Assert.True(await cmd.ExecuteNonQueryAsync() > 0);
        }

        await system.RestartRiskAsync();

        await PipelineFixture.WaitUntilAsync(
            async () => await ScalarAsync("SELECT count(*) FROM risk.effective_contributions")
                == await ScalarAsync("SELECT coalesce(sum(rows), 0) FROM risk.sector_buckets"),
            TimeSpan.FromSeconds(20), "the risk service to rebuild its day buckets");
        await AssertIndexEqualsStoriesAsync();
    }

    // Items over the whole horizon: the horizon's first day, with one item just inside and one
    // earlier that day (outside), so that day counts story by story; days in between; today,
    // with one item dated two hours ahead (allowed clock skew, not counted yet); one well
    // outside; and a syndicated copy published before the story it copies.
    private async Task PostSpreadAsync()
    {
        var tag = Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        var boundary = now - Horizon;
        var boundaryDay = new DateTimeOffset(boundary.UtcDateTime.Date, TimeSpan.Zero);
        DateTimeOffset[] dates = [boundary + TimeSpan.FromMinutes(10), boundaryDay + ((boundary - boundaryDay) / 2),
            now - Horizon - TimeSpan.FromDays(1), now - TimeSpan.FromDays(200), now - TimeSpan.FromDays(45),
            now - TimeSpan.FromDays(9), now - TimeSpan.FromHours(30), now - TimeSpan.FromMinutes(20), now + TimeSpan.FromHours(2)];
        var items = dates.Select((date, i) => new
        {
            title = $"Heavy rare earth licences, dispatch {i} {tag}",
            body = $"Dispatch {i} ({tag}). Beijing suspended exports of dysprosium and terbium magnets; carmakers and missile makers warned of shortages within weeks.",
            publishedAt = date.ToString("O"),
            url = $"https://news.example/{tag}/buckets/{i}",
        }).ToList();
        var posted = await system.PostNewsAsync(items);
        Assert.Equal(items.Count, (int)posted["accepted"]!);

        // The story, then a copy of it that was published a day earlier: the copy takes over as
        // the story's counting item, so the writer removes the first item's share from its day.
        var body = string.Join("\n\n", Story) + $"\n\nReference {tag}.";
        var original = await system.PostNewsAsync(new { title = $"Licence curbs {tag}", body, publishedAt = (now - TimeSpan.FromDays(2)).ToString("O"), url = $"https://wire.example/{tag}/story" });
        await WaitCountedAsync(items.Count + 1);
        var copy = await system.PostNewsAsync(new { title = $"Curbs on magnet metals ({tag})", body = "From a partner wire.\n\n" + body, publishedAt = (now - TimeSpan.FromDays(3)).ToString("O"), url = $"https://daily.example/{tag}/copy" });
        Assert.Equal("near_duplicate", (string?)copy["items"]![0]!["status"]);
        await WaitCountedAsync(items.Count + 2);
        Assert.Equal(0, await ScalarAsync(
            $"SELECT count(*) FROM risk.effective_contributions WHERE news_id = '{(string)original["items"]![0]!["id"]!}'"));
    }

    private async Task AssertIndexEqualsStoriesAsync()
    {
        var overview = JsonNode.Parse(await system.RiskClient.GetStringAsync("/v1/risk"))!;
        var asOf = DateTimeOffset.Parse((string)overview["asOf"]!, CultureInfo.InvariantCulture);
        var expected = Sectors.All.ToDictionary(s => s, _ => 0.0);
        foreach (var (sector, published, contribution) in await StoriesAsync())
        {
            var age = asOf - published;
            if (age >= TimeSpan.Zero && age < Horizon)
            {
                expected[sector] += contribution * Math.Pow(0.5, age / HalfLife);
            }
        }
        Assert.Contains(expected.Values, v => Math.Abs(v) > 1);
        await AssertBucketsHoldTheirStoriesAsync();
        foreach (var sector in overview["sectors"]!.AsArray())
        {
            var name = (string)sector!["sector"]!;
            var news = (double)sector["news"]!;
            Assert.True(Math.Abs(expected[name] - news) < 1e-3, $"{name}: index news part {news}, stories sum to {expected[name]}");
        }
    }

    // Each day's stored sum is what its stories add up to: sum of c * 2^((published - day) / h).
    private async Task AssertBucketsHoldTheirStoriesAsync()
    {
        var stories = await StoriesAsync();
        var buckets = 0;
        await using (var cmd = system.Database.CreateCommand("SELECT sector, bucket, weighted, rows FROM risk.sector_buckets"))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var (sector, day) = (reader.GetString(0), new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero));
                var inDay = stories.Where(s => s.Sector == sector && s.Published >= day && s.Published < day.AddDays(1)).ToList();
                var sum = inDay.Sum(s => s.Contribution * Math.Pow(2, (s.Published - day) / HalfLife));
                Assert.Equal(inDay.Count, reader.GetInt32(3));
                Assert.True(Math.Abs(sum - reader.GetDouble(2)) < 1e-9 * Math.Max(1, Math.Abs(sum)), $"{sector} {day:O}: stored {reader.GetDouble(2)}, stories {sum}");
                buckets++;
            }
        }
        Assert.True(buckets > 0);
    }

    // The row that counts for each story and sector.
    private async Task<List<(string Sector, DateTimeOffset Published, double Contribution)>> StoriesAsync()
    {
        var stories = new List<(string Sector, DateTimeOffset Published, double Contribution)>();
        await using var cmd = system.Database.CreateCommand("SELECT sector, published_at, contribution FROM risk.effective_contributions");
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stories.Add((reader.GetString(0), new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero), reader.GetDouble(2)));
        }
        return stories;
    }

    private Task WaitCountedAsync(int count) =>
        PipelineFixture.WaitUntilAsync(
            async () => await ScalarAsync("SELECT count(*) FROM risk.scored_items") >= count,
            TimeSpan.FromSeconds(30), $"{count} items to be counted");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var cmd = system.Database.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
