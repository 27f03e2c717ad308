namespace SupplyRisk.Deploy.Tests;

/// <summary>
/// The ports the public interface promises (INTERFACES.md of the project's shared docs); the
/// repository must check itself without that folder, so the values are kept here.
/// </summary>
internal static class DocumentedPorts
{
    public const int Ingest = 5080;
    public const int Scoring = 5081;
    public const int Risk = 5082;
    public const int Postgres = 5432;
    public const int RabbitMq = 5672;
    public const int RabbitMqManagement = 15672;
    public const int RabbitMqPrometheus = 15692;
    public const int Prometheus = 9090;
    public const int Grafana = 3000;

    public static IReadOnlyDictionary<string, int> Services { get; } = new Dictionary<string, int>
    {
        ["ingest"] = Ingest,
        ["scoring"] = Scoring,
        ["risk"] = Risk,
    };
}
