using System.Diagnostics;
using MassTransit;
using SupplyRisk.Contracts;
using SupplyRisk.ServiceDefaults.Messaging;

namespace SupplyRisk.Pipeline.Benchmarks;

/// <summary>The baseline: how fast MassTransit alone moves the same message type, with
/// publisher confirms and persistent messages, from one publisher to one consumer on the same
/// broker — no database, no scoring. The pipeline cannot beat this; the ratio shows our overhead.
/// Like the services in the end-to-end run, the bus is warmed up first (JIT, connections), in
/// rounds until its rate stops rising by 5 % or more, so the figure is MassTransit's steady
/// rate, not its start-up.</summary>
internal static class RawMassTransitBenchmark
{
    public static async Task<string> RunAsync(Uri amqp, int messages, int warmUpMessages, int maxWarmUpRounds)
    {
        var consumed = 0;
        var expected = 0;
        var done = new TaskCompletionSource();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(amqp, h =>
            {
                var user = Uri.UnescapeDataString(amqp.UserInfo).Split(':', 2);
                h.Username(user[0]);
                h.Password(user[1]);
                h.PublisherConfirmation = true;
            });
            cfg.Message<NewsItemIngested>(m => m.SetEntityName("supplyrisk.bench.raw"));
            // The same message JSON as the services write, so the baseline is the bus they run on.
            BusExtensions.ConfigureMessageJson(cfg);
            cfg.ReceiveEndpoint("supplyrisk-bench-raw", e =>
            {
                e.PrefetchCount = 300;
                e.ConcurrentMessageLimit = 100;
                e.Handler<NewsItemIngested>(_ =>
                {
                    if (Interlocked.Increment(ref consumed) == Volatile.Read(ref expected))
                    {
                        Volatile.Read(ref done).TrySetResult();
                    }
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync();
        try
        {
            var run = Guid.NewGuid().ToString("N")[..8];
            async Task PublishAndConsume(int count)
            {
                Volatile.Write(ref done, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                Volatile.Write(ref consumed, 0);
                Volatile.Write(ref expected, count);
                // Publish in windows of concurrent publishes, as the ingest outbox relay does.
                const int window = 500;
                for (var start = 0; start < count; start += window)
                {
                    await Task.WhenAll(Enumerable.Range(start, Math.Min(window, count - start)).Select(i =>
                    {
                        var (title, body) = SampleText.For(run, i);
                        var now = DateTimeOffset.UtcNow;
                        return bus.Publish(new NewsItemIngested(Guid.NewGuid(), Guid.NewGuid(), title, body, now, now, "api", "bench", null, "en"));
                    }));
                }
                await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
            }

            var rounds = 0;
            var previousRate = 0.0;
            while (rounds < maxWarmUpRounds)
            {
                rounds++;
                var warmUp = Stopwatch.StartNew();
                await PublishAndConsume(warmUpMessages);
                var rate = warmUpMessages / warmUp.Elapsed.TotalSeconds;
                Console.Error.WriteLine(FormattableString.Invariant($"  raw warm-up round {rounds}: {rate:F0} msg/s"));
                if (rounds > 1 && rate < previousRate * 1.05)
                {
                    break;
                }
                previousRate = rate;
            }

            var machineCpuBefore = MachineCpu.Seconds();
            var stopwatch = Stopwatch.StartNew();
            await PublishAndConsume(messages);
            var total = stopwatch.Elapsed;
            var machineCpu = MachineCpu.Seconds() - machineCpuBefore;
            return FormattableString.Invariant(
                $"raw messages={messages} warm_up={warmUpMessages}x{rounds} end_to_end_per_s={messages / total.TotalSeconds:F0} seconds={total.TotalSeconds:F2} machine_cpu_us_per_message={machineCpu * 1e6 / messages:F0}");
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
