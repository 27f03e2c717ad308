namespace SupplyRisk.Integration.Tests.Dashboards;

/// <summary>One query a provisioned dashboard runs: a panel target or an annotation.
/// <see cref="Where"/> names it in failure messages.</summary>
internal sealed record GrafanaQuery(
    string Dashboard,
    string Where,
    string DataSourceUid,
    GrafanaQueryLanguage Language,
    string Text,
    IReadOnlyList<GrafanaVariable> Variables)
{
    /// <summary>The text with Grafana's macros and the dashboard's variables filled in, as
    /// Grafana would send it to the data source.</summary>
    public string Resolved => GrafanaMacros.Resolve(this);

    public override string ToString() => $"{Dashboard}: {Where}";
}
