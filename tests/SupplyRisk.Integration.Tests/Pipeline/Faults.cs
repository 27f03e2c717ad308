using System.Diagnostics;
using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Pipeline;

/// <summary>At-least-once delivery with idempotent effects: outages and crashes lose nothing
/// and count nothing twice. Bounded: each test posts a fixed number of items to 127.0.0.1.</summary>
[Collection(PipelineCollection.Name)]
public sealed class Faults(PipelineFixture system)
{
    [Fact]
    public async Task Items_posted_while_RabbitMQ_is_stopped_for_ten_seconds_are_each_scored_exactly_once()
    {
        var scoredBefore = await PipelineFixture.MetricAsync(system.ScoringClient, "supplyrisk_news_scored_total");
        var countedBefore = await PipelineFixture.MetricAsync(system.RiskClient, "supplyrisk_risk_items_total");
        var ids = new List<Guid>();

        ids.AddRange(PipelineFixture.NewIds(await system.PostNewsAsync(TestNews.Batch("mq", 50))));
        Rabbitmqctl("stop_app");
        try
        {
            // Ten seconds without a broker: ingest keeps accepting into its outbox.
            var stopped = Stopwatch.StartNew();
            var round = 1;
            while (stopped.Elapsed < TimeSpan.FromSeconds(10))
            {
                ids.AddRange(PipelineFixture.NewIds(await system.PostNewsAsync(TestNews.Batch("mq", 20, offset: round++ * 100))));
                await Task.Delay(500);
            }
        }
        finally
        {
            Rabbitmqctl("start_app");
        }
        ids.AddRange(PipelineFixture.NewIds(await system.PostNewsAsync(TestNews.Batch("mq", 50, offset: 10_000))));

        await WaitAllCountedAsync(ids, TimeSpan.FromSeconds(90));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Count, await CountAsync("SELECT count(*) FROM scoring.news_scores WHERE news_id = ANY($1)", ids));
        Assert.Equal(ids.Count, await CountAsync("SELECT count(*) FROM risk.scored_items WHERE news_id = ANY($1)", ids));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM ingest.outbox WHERE news_id = ANY($1)", ids));
        // The counters moved by exactly the number of items: no item was counted twice.
        Assert.Equal(scoredBefore + ids.Count, await PipelineFixture.MetricAsync(system.ScoringClient, "supplyrisk_news_scored_total"));
        Assert.Equal(countedBefore + ids.Count, await PipelineFixture.MetricAsync(system.RiskClient, "supplyrisk_risk_items_total"));
        await system.AssertEveryRowHasItsItemAsync(requireSketches: false);
    }

    [Fact]
    public async Task Killing_the_scoring_service_mid_stream_loses_nothing_and_scores_nothing_twice()
    {
        var countedBefore = await PipelineFixture.MetricAsync(system.RiskClient, "supplyrisk_risk_items_total");
        var ids = new List<Guid>();
        for (var round = 0; round < 10; round++)
        {
            ids.AddRange(PipelineFixture.NewIds(await system.PostNewsAsync(TestNews.Batch("kill", 200, offset: round * 1000))));
            if (round == 4)
            {
                await system.Scoring.KillAsync();
            }
        }
        await system.RestartScoringAsync();

        await WaitAllCountedAsync(ids, TimeSpan.FromSeconds(90));
        Assert.Equal(ids.Count, await CountAsync("SELECT count(*) FROM scoring.news_scores WHERE news_id = ANY($1)", ids));
        Assert.Equal(ids.Count, await CountAsync("SELECT count(DISTINCT news_id) FROM scoring.news_scores WHERE news_id = ANY($1)", ids));
        Assert.Equal(ids.Count, await CountAsync("SELECT count(*) FROM risk.scored_items WHERE news_id = ANY($1)", ids));
        Assert.Equal(countedBefore + ids.Count, await PipelineFixture.MetricAsync(system.RiskClient, "supplyrisk_risk_items_total"));
        await system.AssertEveryRowHasItsItemAsync(requireSketches: false);
    }

    private Task WaitAllCountedAsync(List<Guid> ids, TimeSpan timeout) =>
        PipelineFixture.WaitUntilAsync(
            async () => await CountAsync("SELECT count(*) FROM risk.scored_items WHERE news_id = ANY($1)", ids) == ids.Count,
            timeout, $"all {ids.Count} items to reach the risk service");

    private async Task<long> CountAsync(string sql, List<Guid> ids)
    {
        await using var cmd = system.Database.CreateCommand(sql);
        cmd.Parameters.Add(new() { Value = ids.ToArray() });
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static void Rabbitmqctl(string command)
    {
        var info = new ProcessStartInfo("rabbitmqctl", ["-q", command]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["RABBITMQ_NODENAME"] = "rabbit@localhost";
        using var process = Process.Start(info)!;
        process.WaitForExit(60_000);
        Assert.True(process.HasExited && process.ExitCode == 0,
            $"rabbitmqctl {command} failed: {process.StandardError.ReadToEnd()}");
    }
}
