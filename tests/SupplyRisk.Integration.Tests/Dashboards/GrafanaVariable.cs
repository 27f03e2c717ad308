namespace SupplyRisk.Integration.Tests.Dashboards;

/// <summary>A dashboard variable with the value the checks give it. Grafana quotes the values of
/// multi-value and "All" variables in SQL (<c>'ev','defence'</c>) and leaves others as they are.</summary>
internal sealed record GrafanaVariable(string Name, string Value, bool QuotedInSql);
