using System.Net;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using SupplyRisk.Contracts;
using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Pipeline;

[Collection(PipelineCollection.Name)]
public sealed class News_flow(PipelineFixture system)
{
    [Fact]
    public async Task A_new_item_is_accepted_and_its_score_is_served_within_five_seconds()
    {
        var result = await system.PostNewsAsync(TestNews.Item("flow", 1));
        var id = Assert.Single(PipelineFixture.NewIds(result));

        JsonObject? score = null;
        await PipelineFixture.WaitUntilAsync(async () =>
        {
            using var response = await system.ScoringClient.GetAsync($"/v1/news/{id}/score");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }
            score = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            return true;
        }, TimeSpan.FromSeconds(5), $"the score of {id}");

        Assert.Equal(id.ToString(), (string?)score!["newsId"]);
        var sectors = score["sectors"]!.AsArray().Select(s => (string?)s!["sector"]).ToList();
        Assert.Equal(Sectors.All.Order(), sectors.Order());
        Assert.Contains((string?)score["overall"], new[] { "up", "down", "none" });
    }

    [Fact]
    public async Task Messages_on_the_bus_are_compact_json_envelopes_any_subscriber_can_read()
    {
        // A queue of our own on each exchange, as a subscriber in another language would bind.
        await using var connection = await new ConnectionFactory { Uri = new Uri(TestSettings.RabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queues = new Dictionary<string, string>();
        foreach (var exchange in new[] { EntityNames.NewsItemIngested, EntityNames.NewsItemScored })
        {
            var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
            await channel.QueueBindAsync(queue, exchange, routingKey: "");
            queues[exchange] = queue;
        }

        var id = Assert.Single(PipelineFixture.NewIds(await system.PostNewsAsync(TestNews.Item("wire", 1))));

        foreach (var (exchange, queue) in queues)
        {
            string? body = null;
            await PipelineFixture.WaitUntilAsync(async () =>
            {
                while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
                {
                    var text = System.Text.Encoding.UTF8.GetString(message.Body.Span);
                    if (text.Contains(id.ToString(), StringComparison.Ordinal))
                    {
                        body = text;
                        return true;
                    }
                }
                return false;
            }, TimeSpan.FromSeconds(10), $"the message about {id} on {exchange}");

            // MassTransit indents by default; the services write one line (a line break inside a
            // string is escaped, so a raw one could only be indentation).
            Assert.DoesNotContain("\n", body!, StringComparison.Ordinal);
            var envelope = JsonNode.Parse(body!)!.AsObject();
            Assert.Equal(id.ToString(), (string?)envelope["message"]!["newsId"]);
        }
    }

    [Fact]
    public async Task Posting_the_same_item_again_reports_a_duplicate_and_changes_no_count()
    {
        var item = TestNews.Item("dup", 1);
        var first = await system.PostNewsAsync(item);
        var id = Assert.Single(PipelineFixture.NewIds(first));
        await WaitCountedAsync([id]);

        var ingested = await PipelineFixture.MetricAsync(system.IngestClient, "supplyrisk_news_ingested_total{source=\"api\"}");
        var scored = await PipelineFixture.MetricAsync(system.ScoringClient, "supplyrisk_news_scored_total");
        var counted = await PipelineFixture.MetricAsync(system.RiskClient, "supplyrisk_risk_items_total");

        var second = await system.PostNewsAsync(item);

        var outcome = second["items"]![0]!;
        Assert.Equal("duplicate", (string?)outcome["status"]);
        Assert.Equal(id.ToString(), (string?)outcome["duplicateOf"]);
        Assert.Equal(0, (int)second["accepted"]!);
        await Task.Delay(1500); // time enough for a wrongly published message to be counted
        Assert.Equal(ingested, await PipelineFixture.MetricAsync(system.IngestClient, "supplyrisk_news_ingested_total{source=\"api\"}"));
        Assert.Equal(scored, await PipelineFixture.MetricAsync(system.ScoringClient, "supplyrisk_news_scored_total"));
        Assert.Equal(counted, await PipelineFixture.MetricAsync(system.RiskClient, "supplyrisk_risk_items_total"));
    }

    [Fact]
    public async Task Prometheus_serves_every_sector_score_and_a_growing_scored_count()
    {
        using var prometheus = new HttpClient { BaseAddress = new Uri(TestSettings.Prometheus) };
        var before = await PromScalarAsync(prometheus, "sum(supplyrisk_news_scored_total)");

        var ids = PipelineFixture.NewIds(await system.PostNewsAsync(TestNews.Batch("prom", 5)));
        await WaitCountedAsync(ids);

        await PipelineFixture.WaitUntilAsync(async () =>
            await PromScalarAsync(prometheus, "sum(supplyrisk_news_scored_total)") >= before + ids.Count,
            TimeSpan.FromSeconds(15), "Prometheus to scrape the grown supplyrisk_news_scored_total");

        var scores = await PromQueryAsync(prometheus, "supplyrisk_sector_risk_score");
        var sectors = scores.Select(s => (string?)s!["metric"]!["sector"]).Order().ToList();
        Assert.Equal(Sectors.All.Order(), sectors);
        Assert.All(scores, s =>
        {
            var value = double.Parse((string)s!["value"]![1]!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(value, 0, 100);
        });
    }

    private Task WaitCountedAsync(IReadOnlyList<Guid> ids) =>
        PipelineFixture.WaitUntilAsync(async () =>
        {
            await using var cmd = system.Database.CreateCommand("SELECT count(*) FROM risk.scored_items WHERE news_id = ANY($1)");
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            return (long)(await cmd.ExecuteScalarAsync())! == ids.Count;
        }, TimeSpan.FromSeconds(10), "the risk service to count the items");

    private static async Task<JsonArray> PromQueryAsync(HttpClient prometheus, string query)
    {
        var json = JsonNode.Parse(await prometheus.GetStringAsync("/api/v1/query?query=" + Uri.EscapeDataString(query)))!;
        Assert.Equal("success", (string?)json["status"]);
        return json["data"]!["result"]!.AsArray();
    }

    private static async Task<double> PromScalarAsync(HttpClient prometheus, string query)
    {
        var result = await PromQueryAsync(prometheus, query);
        return result.Count == 0 ? 0 : double.Parse((string)result[0]!["value"]![1]!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
