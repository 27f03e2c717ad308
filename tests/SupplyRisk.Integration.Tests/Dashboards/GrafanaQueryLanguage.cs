namespace SupplyRisk.Integration.Tests.Dashboards;

internal enum GrafanaQueryLanguage
{
    PromQl,
    Sql,
}
