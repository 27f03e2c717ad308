namespace SupplyRisk.Contracts;

/// <summary>The sector ids of the public interface.</summary>
public static class Sectors
{
    public const string Ev = "ev";
    public const string Aerospace = "aerospace";
    public const string Semiconductor = "semiconductor";
    public const string Defence = "defence";

    public static IReadOnlyList<string> All { get; } = [Ev, Aerospace, Semiconductor, Defence];

    public static bool IsKnown(string? sector) => sector is not null && All.Contains(sector);
}
