using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace SupplyRisk.Deploy.Tests;

/// <summary>
/// Loads YAML into plain dictionaries, lists and strings. Merge keys (<c>&lt;&lt;: *anchor</c>) are
/// resolved the way Docker Compose resolves them, so tests see what Compose sees.
/// </summary>
internal static class Yaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    public static Dictionary<object, object?> LoadMap(string path)
    {
        using var reader = new StreamReader(path);
        var parser = new MergingParser(new Parser(reader));
        return Deserializer.Deserialize<Dictionary<object, object?>>(parser)
            ?? throw new InvalidDataException($"{path} is empty");
    }

    public static Dictionary<object, object?> Map(object? node, string what) =>
        node as Dictionary<object, object?> ?? throw new InvalidDataException($"{what} is not a mapping");

    public static List<object?> Seq(object? node, string what) =>
        node as List<object?> ?? throw new InvalidDataException($"{what} is not a sequence");

    public static Dictionary<object, object?>? MapOrNull(this Dictionary<object, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as Dictionary<object, object?> : null;

    public static List<object?>? SeqOrNull(this Dictionary<object, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as List<object?> : null;

    public static string? Str(this Dictionary<object, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as string : null;
}
