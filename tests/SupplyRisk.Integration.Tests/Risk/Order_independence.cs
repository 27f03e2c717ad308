using System.Globalization;
using System.Text.Json.Nodes;
using SupplyRisk.Contracts;
using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Risk;

/// <summary>The index is a function of the set of items, not of their arrival: the same 50
/// dated items posted in two orders, and once with every item twice, give the same history
/// and the same current values.</summary>
[Collection(PipelineCollection.Name)]
public sealed class Order_independence(PipelineFixture system)
{
    private static readonly string[] Templates =
    [
        "China's commerce ministry announced export controls on {0}; carmakers and defence contractors warned of shortages of magnets.",
        "Beijing suspended exports of {0} to several buyers, and chipmakers said wafer lines could stop within weeks.",
        "China granted export licences for {0}, and shipments to automakers and aircraft makers resumed this week.",
        "A new processing plant in Australia began producing {0}, adding supply outside China for missile and satellite makers.",
        "Customs data showed exports of {0} collapsed after the new licence requirement; aerospace suppliers reported delays.",
    ];

    private static readonly string[] Materials = ["rare earth magnets", "gallium", "germanium", "dysprosium and terbium", "antimony", "graphite"];

    [Fact]
    public async Task The_same_items_in_any_order_or_twice_give_the_same_history_and_current_values()
    {
        var t0 = DateTimeOffset.UtcNow;
        var items = Enumerable.Range(0, 50).Select(i => Item(i, t0)).ToList();
        var shuffled = items.OrderBy(_ => Random.Shared.Next()).ToList();
        var twice = items.Concat(items).OrderBy(_ => Random.Shared.Next()).ToList();

        var chronological = await RunAsync(items.OrderBy(i => i.PublishedAt).ToList(), t0);
        var reordered = await RunAsync(shuffled, t0);
        var duplicated = await RunAsync(twice, t0);

        Assert.Contains(chronological.History.Values.SelectMany(p => p), p => Math.Abs(p.News) > 0.5);
        foreach (var sector in Sectors.All)
        {
            AssertSame(chronological.History[sector], reordered.History[sector], sector);
            AssertSame(chronological.History[sector], duplicated.History[sector], sector);
            Assert.Equal(chronological.Current[sector], reordered.Current[sector], 1);
            Assert.Equal(chronological.Current[sector], duplicated.Current[sector], 1);
        }
    }

    private static void AssertSame(List<(DateTimeOffset At, double Score, double News)> expected, List<(DateTimeOffset At, double Score, double News)> actual, string sector)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].At, actual[i].At);
            Assert.True(Math.Abs(expected[i].News - actual[i].News) < 1e-3, $"{sector} at {expected[i].At:O}: news {expected[i].News} vs {actual[i].News}");
            Assert.True(Math.Abs(expected[i].Score - actual[i].Score) < 0.011, $"{sector} at {expected[i].At:O}: score {expected[i].Score} vs {actual[i].Score}");
        }
    }

    private sealed record DatedItem(string Title, string Body, DateTimeOffset PublishedAt, string Url);

    private static DatedItem Item(int i, DateTimeOffset t0)
    {
        var material = Materials[i % Materials.Length];
        var body = string.Format(CultureInfo.InvariantCulture, Templates[i % Templates.Length], material);
        // Spread over the 60 days before the test, so both the past and "now" carry news.
        var publishedAt = t0.AddHours(-(i * 28.8 + 1));
        return new DatedItem($"Order test {i}: {material}", body + $" (Dispatch {i}.)", publishedAt, $"https://news.example/order/{i}");
    }

    private async Task<(Dictionary<string, List<(DateTimeOffset At, double Score, double News)>> History, Dictionary<string, double> Current)> RunAsync(
        List<DatedItem> items, DateTimeOffset t0)
    {
        await system.ResetDataAsync();
        foreach (var item in items)
        {
            // One request per item: the arrival order is the list's order.
            await system.PostNewsAsync(new { title = item.Title, body = item.Body, publishedAt = item.PublishedAt.ToString("O"), url = item.Url });
        }
        await PipelineFixture.WaitUntilAsync(async () =>
        {
            await using var cmd = system.Database.CreateCommand("SELECT count(*) FROM risk.scored_items");
            return (long)(await cmd.ExecuteScalarAsync())! == 50;
        }, TimeSpan.FromSeconds(30), "the 50 items to be counted");

        var from = Uri.EscapeDataString(t0.AddDays(-65).ToString("O"));
        var to = Uri.EscapeDataString(t0.ToString("O"));
        var history = new Dictionary<string, List<(DateTimeOffset, double, double)>>();
        foreach (var sector in Sectors.All)
        {
            var json = JsonNode.Parse(await system.RiskClient.GetStringAsync($"/v1/risk/{sector}/history?from={from}&to={to}&step=1h"))!;
            history[sector] = json["points"]!.AsArray()
                .Select(p => (DateTimeOffset.Parse((string)p!["at"]!, CultureInfo.InvariantCulture), (double)p["score"]!, (double)p["news"]!))
                .ToList();
        }
        var current = JsonNode.Parse(await system.RiskClient.GetStringAsync("/v1/risk"))!["sectors"]!.AsArray()
            .ToDictionary(s => (string)s!["sector"]!, s => (double)s!["score"]!);
        return (history, current);
    }
}
