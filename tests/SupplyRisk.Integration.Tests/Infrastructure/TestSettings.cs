namespace SupplyRisk.Integration.Tests.Infrastructure;

/// <summary>Where the infrastructure is: set by tests/run.sh. Without it the tests fail with
/// a message saying how to run them, rather than skipping.</summary>
internal static class TestSettings
{
    public static string Postgres => Required("SUPPLYRISK_TEST_POSTGRES");
    public static string RabbitMq => Required("SUPPLYRISK_TEST_RABBITMQ");
    public static string Prometheus => Required("SUPPLYRISK_TEST_PROMETHEUS");
    public static string Configuration => Environment.GetEnvironmentVariable("SUPPLYRISK_TEST_CONFIGURATION") ?? "Release";

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the integration tests through tests/run.sh, which starts PostgreSQL, RabbitMQ and Prometheus.");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Dashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
