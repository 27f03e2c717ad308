using Microsoft.Extensions.Options;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Tests;

internal static class Testing
{
    public static readonly DateTimeOffset Now = new(2025, 9, 3, 12, 0, 0, TimeSpan.Zero);

    public static NewsItemValidator Validator() => new(new FixedClock(Now), Options.Create(new IngestOptions()));

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>A temporary folder removed when disposed.</summary>
    public static TempFolder TempFolder() => new();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("supplyrisk-ingest-tests-").FullName;

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
