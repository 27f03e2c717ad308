namespace SupplyRisk.Cli;

/// <summary>What the tool's exit code means (documented in services/SupplyRisk.Cli/README.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeRejected = 1;
    public const int Usage = 2;
    public const int Unreachable = 3;
}
