namespace SupplyRisk.Deploy.Tests;

internal sealed record PublishedPort(string? HostIp, int HostPort, int ContainerPort);
