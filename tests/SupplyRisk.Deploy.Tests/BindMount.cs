namespace SupplyRisk.Deploy.Tests;

internal sealed record BindMount(string Source, string Target);
