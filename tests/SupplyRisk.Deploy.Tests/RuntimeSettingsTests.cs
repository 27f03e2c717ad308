using System.Text.Json;
using System.Text.RegularExpressions;

namespace SupplyRisk.Deploy.Tests;

/// <summary>The services' .NET runtime settings (a 64 MB young generation, see
/// deploy/local/services.sh) are the same whichever way a service is started: the local
/// scripts, the Docker image, or <c>dotnet run</c> with a project's launch profile.</summary>
public sealed partial class RuntimeSettingsTests
{
    private const string Gen0Size = "DOTNET_GCgen0size";

    [Fact]
    public void The_scripts_the_image_and_every_launch_profile_set_the_same_young_generation_size()
    {
        var scripts = ScriptValue().Match(File.ReadAllText(RepoPaths.Combine("deploy", "local", "services.sh")));
        var image = ImageValue().Match(File.ReadAllText(RepoPaths.Combine("deploy", "docker", "Dockerfile")));
        Assert.True(scripts.Success, $"deploy/local/services.sh sets no default for {Gen0Size} in RUNTIME_ENV");
        Assert.True(image.Success, $"deploy/docker/Dockerfile sets no ENV {Gen0Size}");

        var expected = scripts.Groups["value"].Value;
        Assert.Equal(64L << 20, Convert.ToInt64(expected, 16));
        Assert.Equal(expected, image.Groups["value"].Value);
        foreach (var service in new[] { "SupplyRisk.Ingest", "SupplyRisk.Scoring", "SupplyRisk.Risk" })
        {
            using var launch = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("services", service, "Properties", "launchSettings.json")));
            foreach (var profile in launch.RootElement.GetProperty("profiles").EnumerateObject())
            {
                var variables = profile.Value.GetProperty("environmentVariables");
                Assert.True(variables.TryGetProperty(Gen0Size, out var value), $"{service}: profile '{profile.Name}' does not set {Gen0Size}");
                Assert.Equal(expected, value.GetString());
            }
        }
    }

    [GeneratedRegex(@"RUNTIME_ENV=\([^)]*""DOTNET_GCgen0size=\$\{DOTNET_GCgen0size:-(?<value>0x[0-9a-fA-F]+)\}""")]
    private static partial Regex ScriptValue();

    [GeneratedRegex(@"(?m)^\s*DOTNET_GCgen0size=(?<value>0x[0-9a-fA-F]+)\s*$")]
    private static partial Regex ImageValue();
}
