using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace SupplyRisk.Scoring.Engine.Seeds;

/// <summary>The seed JSON files the engine runs on, by name (<c>materials.json</c>, ...).
/// Embedded in the assembly so scoring never touches the file system; tests build other
/// bundles to show that a changed byte changes the model version.</summary>
internal sealed class SeedFiles
{
    /// <summary>Bumped whenever the rules in code change meaning; part of the model version.</summary>
    internal const string RulesVersion = "rules-355";

    private readonly SortedDictionary<string, byte[]> _files;

    internal SeedFiles(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        _files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, bytes) in files)
        {
            _files[name] = bytes;
        }
    }

    internal IReadOnlyDictionary<string, byte[]> Files => _files;

    internal byte[] Get(string name) =>
        _files.TryGetValue(name, out var bytes)
            ? bytes
            : throw new InvalidOperationException($"Seed file '{name}' is missing from the scoring engine's seeds.");

    /// <summary>Reads every <c>seeds/*.json</c> resource embedded in this assembly.</summary>
    internal static SeedFiles FromEmbeddedResources()
    {
        var assembly = typeof(SeedFiles).Assembly;
        var files = new List<KeyValuePair<string, byte[]>>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith("seeds/", StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded seed '{resource}' cannot be opened.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files.Add(new(resource["seeds/".Length..], buffer.ToArray()));
        }

        return new SeedFiles(files);
    }

    /// <summary>"rules-1+" and the first 12 hex digits of SHA-256 over the rules version and
    /// every seed file (name and bytes, in name order): any change to data or rules shows.</summary>
    internal string ComputeModelVersion()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(RulesVersion));
        foreach (var (name, bytes) in _files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\0" + name + "\0"));
            hash.AppendData(bytes);
        }

        return RulesVersion + "+" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
