using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Npgsql;

namespace SupplyRisk.Pipeline.Benchmarks;

/// <summary>Posts N items to the running ingest service (batches of 100 from a few concurrent
/// clients, as a feed importer would) and waits until the risk service has stored every one.
/// Throughput is N over the time from the first POST to the last item stored by risk; latency
/// per item is risk's receipt time minus ingest's acceptance time, both recorded in PostgreSQL.
/// The request bodies are built and the connections opened before the clock starts, so the
/// load generator spends its share of the two cores on HTTP alone; its CPU and the whole
/// machine's during the run are reported per item.</summary>
internal static class EndToEndBenchmark
{
    private const int BatchSize = 100;
    private const int Clients = 4;

    public static async Task<string> RunAsync(Uri ingest, string apiKey, string postgres, int items)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        using var http = new HttpClient { BaseAddress = ingest, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        await using var db = NpgsqlDataSource.Create(postgres);
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();

        var publishedAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O");
        var bodies = Enumerable.Range(0, (items + BatchSize - 1) / BatchSize).Select(b =>
            JsonSerializer.SerializeToUtf8Bytes(Enumerable.Range(b * BatchSize, Math.Min(BatchSize, items - b * BatchSize)).Select(i =>
            {
                var (title, body) = SampleText.For(run, i);
                return new { title, body, publishedAt, source = "bench" };
            }).ToList())).ToList();

        // Open the clients' connections and run the posting code once before the clock starts,
        // so the timed phase is not its first use: the generator runs without tiered compilation,
        // and compiling the HTTP and JSON code fully optimised at first use cost more CPU than
        // posting did. An item without a title is rejected (400) and stores nothing.
        var probe = JsonSerializer.SerializeToUtf8Bytes(new[] { new { title = "", body = "warm-up", publishedAt, source = "bench" } });
        await Parallel.ForEachAsync(Enumerable.Range(0, Clients), new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (_, ct) =>
        {
            using var content = new ByteArrayContent(probe);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync("/v1/news", content, ct);
            if (response.StatusCode != System.Net.HttpStatusCode.BadRequest)
            {
                throw new InvalidOperationException($"the warm-up post was answered {(int)response.StatusCode}, not 400");
            }
            var rejected = await response.Content.ReadFromJsonAsync<PostResult>(ct);
            if (rejected?.Items is not [{ Status: "rejected" }])
            {
                throw new InvalidOperationException("the warm-up post was not reported as one rejected item");
            }
        });

        // The same for the poll below, whose first run builds Dapper's code for its parameters.
        await using var conn = await db.OpenConnectionAsync();
        const string CountStored = "SELECT count(*) FROM risk.scored_items WHERE news_id = ANY(@ids)";
        await conn.ExecuteScalarAsync<long>(CountStored, new { ids = Array.Empty<Guid>() });

        var generatorCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var machineCpuBefore = MachineCpu.Seconds();
        var startedAt = DateTime.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (payload, ct) =>
        {
            using var content = new ByteArrayContent(payload);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync("/v1/news", content, ct);
            response.EnsureSuccessStatusCode();
            var result = await response.Content.ReadFromJsonAsync<PostResult>(ct);
            // A near-duplicate (the generator can repeat itself) is stored and flows through too.
            foreach (var item in result!.Items.Where(i => i.Status is "new" or "near_duplicate"))
            {
                ids.Add(item.Id!.Value);
            }
        });
        var posted = stopwatch.Elapsed;
        var idArray = ids.ToArray();
        if (idArray.Length != items)
        {
            throw new InvalidOperationException($"only {idArray.Length} of {items} items were stored");
        }

        // Wait for risk to store every item. The poll looks up a sample of the ids by primary key
        // (every 50th item, the last batch included) a few times a second, so the harness takes
        // next to no CPU from the services it measures; the finish time comes from the rows.
        var sample = idArray.Where((_, i) => i % 50 == 0).Concat(idArray.TakeLast(BatchSize)).Distinct().ToArray();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (await conn.ExecuteScalarAsync<long>(CountStored, new { ids = sample }) < sample.Length
            || await conn.ExecuteScalarAsync<long>(CountStored, new { ids = idArray }) < items)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the pipeline did not finish within 5 minutes");
            }
            await Task.Delay(200);
        }
        var (stored, lastStored) = await conn.QuerySingleAsync<(long Count, DateTime Last)>(
            "SELECT count(*), max(received_at) FROM risk.scored_items WHERE news_id = ANY(@idArray)", new { idArray });
        if (stored != items)
        {
            throw new InvalidOperationException($"risk stored {stored} of the {items} items posted");
        }
        var total = lastStored.ToUniversalTime() - startedAt;
        var generatorCpu = Process.GetCurrentProcess().TotalProcessorTime - generatorCpuBefore;
        var machineCpu = MachineCpu.Seconds() - machineCpuBefore;
        var latency = await conn.QuerySingleAsync<(double P50, double P99)>(
            """
            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - accepted_at)),
                   percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - accepted_at))
            FROM risk.scored_items WHERE news_id = ANY(@idArray)
            """, new { idArray });
        return FormattableString.Invariant(
            $"e2e items={items} post_per_s={items / posted.TotalSeconds:F0} end_to_end_per_s={items / total.TotalSeconds:F0} seconds={total.TotalSeconds:F2} p50_ms={latency.P50 * 1000:F0} p99_ms={latency.P99 * 1000:F0} generator_cpu_us_per_item={generatorCpu.TotalMicroseconds / items:F0} machine_cpu_us_per_item={machineCpu * 1e6 / items:F0}");
    }

    private sealed record PostResult(List<PostItem> Items);

    private sealed record PostItem(string Status, Guid? Id);
}
