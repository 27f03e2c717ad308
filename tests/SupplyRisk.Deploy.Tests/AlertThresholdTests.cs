using System.Globalization;
using System.Text.Json.Nodes;

namespace SupplyRisk.Deploy.Tests;

/// <summary>
/// A panel that shows what an alert watches names the alert in its description and colours at
/// the value the alert fires at, so what people see and what pages them cannot drift apart.
/// </summary>
public sealed class AlertThresholdTests
{
    // Alert -> the comparison its expression makes and the threshold step panels must carry.
    private static readonly Dictionary<string, (string Comparison, double Step)> Thresholds = new()
    {
        ["SectorRiskHigh"] = (">= 50", 50),
        ["SectorRiskCritical"] = (">= 75", 75),
        ["SectorRiskJump"] = (">= 15", 15),
        ["ServiceDown"] = ("< 1", 1),
        ["ErrorQueueNotEmpty"] = (">= 1", 1),
        ["PipelineStalled"] = ("< 1", 1),
    };

    private readonly Dictionary<string, string> rules = AlertRules.Expressions();

    [Fact]
    public void Covers_every_alert_the_issue_asks_for_and_no_other()
    {
        Assert.Equal(Thresholds.Keys.Order(StringComparer.Ordinal), rules.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_alert_compares_against_its_threshold()
    {
        foreach (var (alert, (comparison, _)) in Thresholds)
        {
            Assert.True(
                rules[alert].EndsWith(comparison, StringComparison.Ordinal),
                $"{alert}: expected the expression to end in '{comparison}', got: {rules[alert]}");
        }
    }

    [Fact]
    public void Every_alert_is_shown_on_a_panel_with_a_threshold_step_at_the_alert_value()
    {
        var panels = GrafanaDashboard.All()
            .SelectMany(d => d.Panels().Select(p => (Dashboard: d.Name, Panel: p)))
            .ToList();

        foreach (var (alert, (_, step)) in Thresholds)
        {
            var showing = panels.Where(p => (p.Panel["description"]?.GetValue<string>() ?? "").Contains(alert, StringComparison.Ordinal)).ToList();
            Assert.True(showing.Count > 0, $"no panel description names {alert}");
            foreach (var (dashboard, panel) in showing)
            {
                var steps = Steps(panel);
                Assert.True(
                    steps.Contains(step),
                    $"{dashboard}: panel '{panel["title"]}' shows {alert} but its threshold steps are [{string.Join(", ", steps)}], not including {step}");
            }
        }
    }

    [Fact]
    public void Sector_band_panels_use_the_band_edges_of_the_alerts()
    {
        var bandPanels = GrafanaDashboard.All()
            .SelectMany(d => d.Panels())
            .Where(p => (p["targets"]?.AsArray() ?? []).Any(t => (t!["expr"]?.GetValue<string>() ?? "").StartsWith("max", StringComparison.Ordinal)
                && (t["expr"]!.GetValue<string>()).Contains("supplyrisk_sector_risk_score{", StringComparison.Ordinal)
                && !(t["expr"]!.GetValue<string>()).Contains("min_over_time", StringComparison.Ordinal)))
            .ToList();

        Assert.Equal(5, bandPanels.Count);
        Assert.All(bandPanels, p => Assert.Equal([25, 50, 75], Steps(p)));
    }

    private static List<double> Steps(JsonObject panel) =>
        (panel["fieldConfig"]?["defaults"]?["thresholds"]?["steps"]?.AsArray() ?? [])
            .Select(s => s!["value"])
            .OfType<JsonNode>()
            .Select(v => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture))
            .ToList();
}
