namespace SupplyRisk.Deploy.Tests;

/// <summary>promtool accepts the configurations and rules, and the rules behave as their unit tests say.</summary>
public sealed class PromtoolTests
{
    [Theory]
    [InlineData("deploy/prometheus/prometheus.yml")]
    [InlineData("deploy/prometheus/prometheus.docker.yml")]
    public void Promtool_accepts_the_configuration_and_the_rules_it_loads(string config)
    {
        var (exitCode, output) = Promtool.Run("check", "config", config);

        Assert.True(exitCode == 0, output);
        Assert.Contains("is valid prometheus config file syntax", output, StringComparison.Ordinal);
        Assert.Contains("rules found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Promtool_accepts_every_rule_file()
    {
        var files = PrometheusConfig.Local.RuleFiles();
        Assert.NotEmpty(files);

        var (exitCode, output) = Promtool.Run(["check", "rules", .. files]);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("FAILED", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_alert_rule_has_unit_tests()
    {
        var tests = string.Join('\n', Directory.GetFiles(RepoPaths.Combine("deploy", "prometheus", "tests"), "*.test.yml").Select(File.ReadAllText));

        foreach (var alert in AlertRules.All().Keys)
        {
            Assert.Matches($@"alertname: {alert}\s*\n\s*exp_alerts:\s*\n\s*- exp_labels", tests);
            Assert.Matches($@"alertname: {alert}\s*\n\s*exp_alerts: \[\]", tests);
        }
    }

    [Fact]
    public void Alert_rules_fire_exactly_as_their_unit_tests_expect()
    {
        var tests = Directory.GetFiles(RepoPaths.Combine("deploy", "prometheus", "tests"), "*.test.yml");
        Assert.NotEmpty(tests);

        var (exitCode, output) = Promtool.Run(["test", "rules", .. tests]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }
}
