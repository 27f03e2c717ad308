using System.Text.Json.Nodes;

namespace SupplyRisk.Integration.Tests.Dashboards;

/// <summary>Reads every query out of the dashboard JSON files: panel targets (rows included)
/// and annotation queries, each with the dashboard's variables.</summary>
internal static class GrafanaQueries
{
    public static IReadOnlyList<GrafanaQuery> Load(string folder)
    {
        var queries = new List<GrafanaQuery>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var dashboard = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            var variables = Variables(dashboard);

            foreach (var panel in Panels(dashboard))
            {
                foreach (var target in panel["targets"]?.AsArray().OfType<JsonObject>() ?? [])
                {
                    var where = $"panel {panel["id"]} '{(string?)panel["title"]}' query {(string?)target["refId"]}";
                    var uid = (string?)(target["datasource"] ?? panel["datasource"])?["uid"] ?? "";
                    queries.Add(Query(name, where, uid, target, variables));
                }
            }

            foreach (var annotation in dashboard["annotations"]?["list"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                if (annotation["target"] is JsonObject target)
                {
                    var uid = (string?)annotation["datasource"]?["uid"] ?? "";
                    queries.Add(Query(name, $"annotation '{(string?)annotation["name"]}'", uid, target, variables));
                }
            }
        }

        return queries;
    }

    private static GrafanaQuery Query(string dashboard, string where, string uid, JsonObject target, IReadOnlyList<GrafanaVariable> variables) =>
        target["rawSql"] is JsonNode sql
            ? new GrafanaQuery(dashboard, where, uid, GrafanaQueryLanguage.Sql, (string)sql!, variables)
            : new GrafanaQuery(dashboard, where, uid, GrafanaQueryLanguage.PromQl, (string?)target["expr"] ?? "", variables);

    private static IEnumerable<JsonObject> Panels(JsonObject dashboard)
    {
        foreach (var panel in dashboard["panels"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            yield return panel;
            foreach (var nested in panel["panels"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                yield return nested;
            }
        }
    }

    /// <summary>Custom variables take their first option (for the sector variable: ev), constants
    /// their value. Query variables would need a live data source and are not supported.</summary>
    private static List<GrafanaVariable> Variables(JsonObject dashboard)
    {
        var result = new List<GrafanaVariable>();
        foreach (var variable in dashboard["templating"]?["list"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            var name = (string)variable["name"]!;
            var type = (string?)variable["type"];
            var query = (string?)variable["query"] ?? "";
            var value = type switch
            {
                "custom" => query.Split(',')[0].Trim(),
                "constant" or "textbox" => query,
                _ => throw new NotSupportedException($"variable ${name} has type {type}, which the dashboard checks cannot fill in"),
            };
            var quoted = (bool?)variable["multi"] == true || (bool?)variable["includeAll"] == true;
            result.Add(new GrafanaVariable(name, value, quoted));
        }

        return result;
    }
}
