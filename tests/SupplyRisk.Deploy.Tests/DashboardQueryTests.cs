using System.Text.RegularExpressions;
using SupplyRisk.Integration.Tests.Dashboards;

namespace SupplyRisk.Deploy.Tests;

/// <summary>
/// The dashboards' queries, read without any server: each goes to a data source of its language,
/// uses only variables the dashboard defines, and parses. SupplyRisk.Integration.Tests runs the
/// same queries against the real Prometheus and PostgreSQL.
/// </summary>
public sealed partial class DashboardQueryTests
{
    // Schemas the read-only role of Grafana's PostgreSQL data source may read.
    private static readonly string[] ReadableSchemas = ["ingest", "scoring", "risk"];

    private readonly IReadOnlyList<GrafanaQuery> queries = GrafanaQueries.Load(GrafanaDashboard.Folder);

    [Fact]
    public void Every_query_goes_to_a_provisioned_data_source_of_its_language()
    {
        var types = Yaml.Seq(
                Yaml.LoadMap(RepoPaths.Combine("deploy", "grafana", "provisioning", "datasources", "datasources.yml"))["datasources"],
                "datasources")
            .Select(ds => Yaml.Map(ds, "datasource"))
            .ToDictionary(ds => ds.Str("uid")!, ds => ds.Str("type")!);

        Assert.Contains(queries, q => q.Language == GrafanaQueryLanguage.PromQl);
        Assert.Contains(queries, q => q.Language == GrafanaQueryLanguage.Sql);
        foreach (var query in queries)
        {
            Assert.False(string.IsNullOrWhiteSpace(query.Text), $"{query}: empty query");
            Assert.True(types.TryGetValue(query.DataSourceUid, out var type), $"{query}: data source '{query.DataSourceUid}' is not provisioned");
            var expected = query.Language == GrafanaQueryLanguage.PromQl ? "prometheus" : "grafana-postgresql-datasource";
            Assert.True(type == expected, $"{query}: a {query.Language} query sent to a {type} data source");
        }
    }

    [Fact]
    public void Every_macro_and_variable_a_query_uses_is_known()
    {
        var unresolved = queries
            .Select(q => (Query: q, Left: GrafanaMacros.Unresolved(q.Resolved)))
            .Where(x => x.Left.Count > 0)
            .Select(x => $"{x.Query}: {string.Join(", ", x.Left)}")
            .ToList();

        Assert.True(unresolved.Count == 0, string.Join(Environment.NewLine, unresolved));
    }

    [Fact]
    public void Sql_queries_only_read_the_schemas_the_reader_role_may_read()
    {
        foreach (var query in queries.Where(q => q.Language == GrafanaQueryLanguage.Sql))
        {
            // extract(epoch FROM x) reads a value, not a table.
            var code = ExtractFrom().Replace(Comment().Replace(query.Text, ""), "extract(");
            Assert.Matches(@"^\s*(SELECT|WITH)\b", code);
            Assert.DoesNotMatch(Writes(), code);
            Assert.DoesNotContain(";", code, StringComparison.Ordinal);

            var schemas = Table().Matches(code).Select(m => m.Groups["schema"].Value).Distinct().ToList();
            Assert.NotEmpty(schemas);
            Assert.All(schemas, s => Assert.Contains(s, ReadableSchemas));
        }
    }

    [Fact]
    public void Every_promql_query_parses_once_grafana_has_filled_it_in()
    {
        var promql = queries.Where(q => q.Language == GrafanaQueryLanguage.PromQl).ToList();
        var file = Path.Combine(Path.GetTempPath(), $"dashboard-queries-{Guid.NewGuid():N}.yml");
        var lines = new List<string> { "groups:", "  - name: dashboard-queries", "    rules:" };
        for (var i = 0; i < promql.Count; i++)
        {
            // Recording rules are what promtool parses offline; one unique name each.
            lines.Add($"      - record: dashboard:query_{i}");
            lines.Add($"        expr: '{promql[i].Resolved.Replace("'", "''", StringComparison.Ordinal)}'");
        }

        File.WriteAllLines(file, lines);
        try
        {
            var (exitCode, output) = Promtool.Run("check", "rules", file);
            Assert.True(exitCode == 0, output);
            Assert.Contains($"SUCCESS: {promql.Count} rules found", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"extract\(\s*\w+\s+FROM\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExtractFrom();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\b(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|DROP|ALTER|CREATE|GRANT|COPY)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Writes();

    [GeneratedRegex(@"\b(FROM|JOIN)\s+(?<schema>[a-z_]+)\.[a-z_]+", RegexOptions.IgnoreCase)]
    private static partial Regex Table();
}
