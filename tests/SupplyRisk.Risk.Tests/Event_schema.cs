using System.Text.Json;
using System.Text.Json.Nodes;
using SupplyRisk.Contracts;

namespace SupplyRisk.Risk.Tests;

/// <summary>The published JSON Schema and the contract cannot drift apart: subscribers in
/// other languages rely on the schema, the publisher serialises the record.</summary>
public sealed class Event_schema
{
    private static JsonNode Schema()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
        {
            dir = dir.Parent;
        }
        Assert.NotNull(dir);
        var path = Path.Combine(dir.FullName, "services", "SupplyRisk.Contracts", "Schemas", "sector-risk-changed.schema.json");
        return JsonNode.Parse(File.ReadAllText(path))!;
    }

    private static IEnumerable<string> CamelCaseProperties<T>() =>
        typeof(T).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    [Fact]
    public void The_schema_requires_every_field_of_SectorRiskChanged_and_describes_each()
    {
        var schema = Schema();
        var required = schema["required"]!.AsArray().Select(n => (string)n!).Order().ToList();
        Assert.Equal(CamelCaseProperties<SectorRiskChanged>().Order(), required);
        var described = schema["properties"]!.AsObject().Select(p => p.Key).Order().ToList();
        Assert.Equal(required, described);
    }

    [Fact]
    public void The_schema_describes_every_field_of_a_driver()
    {
        var drivers = Schema()["properties"]!["drivers"]!["items"]!;
        var described = drivers["properties"]!.AsObject().Select(p => p.Key).Order().ToList();
        Assert.Equal(CamelCaseProperties<RiskDriver>().Order(), described);
        Assert.DoesNotContain("url", drivers["required"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void The_schema_lists_the_sectors_and_bands_of_the_contract()
    {
        var schema = Schema();
        Assert.Equal(Sectors.All, schema["properties"]!["sector"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(RiskBands.All, schema["$defs"]!["band"]!["enum"]!.AsArray().Select(n => (string)n!));
    }
}
