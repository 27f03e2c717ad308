using System.Text;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using SupplyRisk.Contracts;
using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Pipeline;

/// <summary>Messages a consumer cannot use, from a publisher that skipped ingest's checks, go to
/// the queue's <c>_error</c> queue at once, and the good items of the same batch still flow.</summary>
[Collection(PipelineCollection.Name)]
public sealed class Poison_messages(PipelineFixture system)
{
    private const string EnvelopeType = "application/vnd.masstransit+json";

    [Fact]
    public async Task Ingested_messages_scoring_cannot_use_are_parked_and_the_rest_of_their_batch_is_scored()
    {
        var marker = "poison-" + Guid.NewGuid().ToString("N");
        var (nul, untitled) = (Guid.NewGuid(), Guid.NewGuid());
        var good = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();

        await using var connection = await new ConnectionFactory { Uri = new Uri(TestSettings.RabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await PublishAsync(channel, QueueNames.Scoring, Encoding.UTF8.GetBytes($"not json {marker}"));
        await PublishAsync(channel, QueueNames.Scoring, Envelope("NewsItemIngested", Ingested(untitled, null, marker)));
        await PublishAsync(channel, QueueNames.Scoring, Envelope("NewsItemIngested", Ingested(nul, $"A title with a NUL \u0000 {marker}", marker)));
        foreach (var id in good)
        {
            await PublishAsync(channel, QueueNames.Scoring, Envelope("NewsItemIngested", Ingested(id, $"China halts gallium exports {id:N}", marker)));
        }

        await WaitStoredAsync("risk.scored_items", good, TimeSpan.FromSeconds(15));
        Assert.Equal(0L, await CountAsync("scoring.news_scores", [nul, untitled]));
        var parked = await TakeParkedAsync(channel, QueueNames.Scoring + "_error", marker, ["not json", nul.ToString(), untitled.ToString()]);
        Assert.DoesNotContain(parked, m => good.Any(id => m.Contains(id.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Scored_messages_the_database_refuses_are_parked_and_the_rest_of_their_batch_is_counted()
    {
        var marker = "poison-" + Guid.NewGuid().ToString("N");
        var (nul, untitled) = (Guid.NewGuid(), Guid.NewGuid());
        var good = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();

        await using var connection = await new ConnectionFactory { Uri = new Uri(TestSettings.RabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await PublishAsync(channel, QueueNames.Risk, Envelope("NewsItemScored", Scored(untitled, null, marker)));
        await PublishAsync(channel, QueueNames.Risk, Envelope("NewsItemScored", Scored(nul, $"A title with a NUL \u0000 {marker}", marker)));
        foreach (var id in good)
        {
            await PublishAsync(channel, QueueNames.Risk, Envelope("NewsItemScored", Scored(id, $"Scored item {id:N}", marker)));
        }

        await WaitStoredAsync("risk.scored_items", good, TimeSpan.FromSeconds(15));
        Assert.Equal(0L, await CountAsync("risk.scored_items", [nul, untitled]));
        var parked = await TakeParkedAsync(channel, QueueNames.Risk + "_error", marker, [nul.ToString(), untitled.ToString()]);
        Assert.DoesNotContain(parked, m => good.Any(id => m.Contains(id.ToString(), StringComparison.Ordinal)));
    }

    private static JsonObject Ingested(Guid id, string? title, string marker) => new()
    {
        ["newsId"] = id.ToString(),
        ["clusterId"] = id.ToString(),
        ["title"] = title,
        ["body"] = "China's commerce ministry halted exports of gallium and germanium with immediate effect.",
        ["publishedAt"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
        ["acceptedAt"] = DateTimeOffset.UtcNow.ToString("O"),
        ["sourceKind"] = "api",
        ["source"] = marker,
    };

    private static JsonObject Scored(Guid id, string? title, string marker) => new()
    {
        ["newsId"] = id.ToString(),
        ["clusterId"] = id.ToString(),
        ["modelVersion"] = "test",
        ["title"] = title,
        ["source"] = marker,
        ["publishedAt"] = DateTimeOffset.UtcNow.AddDays(-400).ToString("O"),
        ["acceptedAt"] = DateTimeOffset.UtcNow.ToString("O"),
        ["overall"] = "up",
        ["sectors"] = new JsonArray(new JsonObject { ["sector"] = "semiconductor", ["direction"] = "up", ["contribution"] = 0.5 }),
    };

    // The envelope MassTransit publishes: a message id, the message type's URN and the message.
    private static byte[] Envelope(string type, JsonObject message) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["messageId"] = Guid.NewGuid().ToString(),
        ["messageType"] = new JsonArray($"urn:message:SupplyRisk.Contracts:{type}"),
        ["message"] = message,
    }.ToJsonString());

    private static async Task PublishAsync(IChannel channel, string queue, byte[] body) =>
        await channel.BasicPublishAsync("", queue, mandatory: true,
            new BasicProperties { ContentType = EnvelopeType, DeliveryMode = DeliveryModes.Persistent }, body);

    private async Task<long> CountAsync(string table, Guid[] ids)
    {
        await using var cmd = system.Database.CreateCommand($"SELECT count(*) FROM {table} WHERE news_id = ANY($1)");
        cmd.Parameters.Add(new() { Value = ids });
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private Task WaitStoredAsync(string table, Guid[] ids, TimeSpan timeout) =>
        PipelineFixture.WaitUntilAsync(async () => await CountAsync(table, ids) == ids.Length, timeout,
            $"the good items of the batch in {table} (a poisoned batch is retried for a minute)");

    /// <summary>Takes this test's messages off an error queue (others are left there): waits until
    /// each of <paramref name="required"/> is in one of them. Parking is at least once, like every
    /// delivery here: a batch redelivered after its bad items were parked parks them again, so a
    /// bad item may be there twice.</summary>
    private static async Task<List<string>> TakeParkedAsync(IChannel channel, string queue, string marker, string[] required)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var ours = new List<(ulong Tag, string Body)>();
            var others = new List<ulong>();
            while (await channel.BasicGetAsync(queue, autoAck: false) is { } message)
            {
                var body = Encoding.UTF8.GetString(message.Body.Span);
                if (body.Contains(marker, StringComparison.Ordinal))
                {
                    ours.Add((message.DeliveryTag, body));
                }
                else
                {
                    others.Add(message.DeliveryTag);
                }
            }
            foreach (var tag in others)
            {
                await channel.BasicNackAsync(tag, multiple: false, requeue: true);
            }
            var missing = required.Where(r => !ours.Any(o => o.Body.Contains(r, StringComparison.Ordinal))).ToList();
            if (missing.Count == 0 || DateTime.UtcNow > deadline)
            {
                foreach (var (tag, _) in ours)
                {
                    await channel.BasicAckAsync(tag, multiple: false);
                }
                Assert.True(missing.Count == 0, $"not parked in {queue}: {string.Join(", ", missing)}");
                return ours.Select(o => o.Body).ToList();
            }
            foreach (var (tag, _) in ours)
            {
                await channel.BasicNackAsync(tag, multiple: false, requeue: true);
            }
            await Task.Delay(500);
        }
    }
}
