namespace SupplyRisk.Deploy.Tests;

/// <summary>The alerting rules of the rule files the local Prometheus loads, by alert name.</summary>
internal static class AlertRules
{
    public static Dictionary<string, Dictionary<object, object?>> All() =>
        PrometheusConfig.Local.RuleFiles()
            .SelectMany(file => Yaml.Seq(Yaml.LoadMap(file)["groups"], "groups"))
            .SelectMany(group => Yaml.Seq(Yaml.Map(group, "group")["rules"], "rules"))
            .Select(rule => Yaml.Map(rule, "rule"))
            .Where(rule => rule.ContainsKey("alert"))
            .ToDictionary(rule => rule.Str("alert")!, rule => rule);

    public static Dictionary<string, string> Expressions() =>
        All().ToDictionary(kv => kv.Key, kv => kv.Value.Str("expr")!.Trim());
}
