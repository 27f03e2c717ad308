using System.Diagnostics;
using System.Text.Json.Nodes;
using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Risk;

/// <summary>A program in another language (Python with pika, from the distribution's
/// packages) binds its own queue to the pinned exchange and receives a real SectorRiskChanged.</summary>
[Collection(PipelineCollection.Name)]
public sealed class Risk_change_events(PipelineFixture system)
{
    [Fact]
    public async Task A_python_subscriber_receives_a_sector_risk_change_after_a_burst_of_tightening_news()
    {
        await system.ResetDataAsync();
        var script = Path.Combine(TestSettings.RepoRoot, "tests", "subscribers", "sector_risk_changed.py");
        var info = new ProcessStartInfo("/usr/bin/python3", [script, TestSettings.RabbitMq, "1", "60"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var subscriber = Process.Start(info)!;
        try
        {
            Assert.Equal("ready", await subscriber.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)));

            var burst = Enumerable.Range(0, 6).Select(i => new
            {
                title = $"China halts exports of rare earth magnets, burst {i} {Guid.NewGuid():N}",
                body = "China's commerce ministry suspended exports of rare earth magnets and heavy rare earths such as dysprosium "
                    + "with immediate effect. Carmakers, aircraft makers and defence contractors warned that production lines "
                    + "for EV motors, jet actuators and missiles could stop within weeks as magnet shortages spread.",
                publishedAt = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("O"),
            }).ToArray();
            var ids = PipelineFixture.NewIds(await system.PostNewsAsync(burst));

            var line = await subscriber.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            await subscriber.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.True(subscriber.ExitCode == 0, $"subscriber exited {subscriber.ExitCode}: {await subscriber.StandardError.ReadToEndAsync()}");

            var payload = JsonNode.Parse(line!)!;
            Assert.Equal("up", (string?)payload["direction"]);
            Assert.True((double)payload["score"]! - (double)payload["previousScore"]! >= 5, line);
            Assert.Contains((string?)payload["sector"], new[] { "ev", "aerospace", "semiconductor", "defence" });
            Assert.NotNull((string?)payload["band"]);
            Assert.NotNull((string?)payload["previousBand"]);
            Assert.NotNull((string?)payload["occurredAt"]);
            var drivers = payload["drivers"]!.AsArray();
            Assert.NotEmpty(drivers);
            Assert.Contains(drivers, d => ids.Contains(Guid.Parse((string)d!["newsId"]!)) && ((string)d["title"]!).StartsWith("China halts exports", StringComparison.Ordinal));
        }
        finally
        {
            if (!subscriber.HasExited)
            {
                subscriber.Kill();
            }
        }
    }
}
