namespace SupplyRisk.Contracts;

/// <summary>Direction words of the public interface.</summary>
public static class Directions
{
    public const string Up = "up";
    public const string Down = "down";
    public const string None = "none";
}
