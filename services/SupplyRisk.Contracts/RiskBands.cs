namespace SupplyRisk.Contracts;

/// <summary>Risk bands of the public interface: low &lt; 25 ≤ elevated &lt; 50 ≤ high &lt; 75 ≤ critical.</summary>
public static class RiskBands
{
    public const string Low = "low";
    public const string Elevated = "elevated";
    public const string High = "high";
    public const string Critical = "critical";

    /// <summary>Lower edges of elevated, high and critical.</summary>
    public static IReadOnlyList<double> Edges { get; } = [25, 50, 75];

    public static IReadOnlyList<string> All { get; } = [Low, Elevated, High, Critical];

    public static string For(double score) => score switch
    {
        < 25 => Low,
        < 50 => Elevated,
        < 75 => High,
        _ => Critical,
    };

    public static int Rank(string band) => band switch
    {
        Low => 0,
        Elevated => 1,
        High => 2,
        Critical => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "unknown band"),
    };
}
