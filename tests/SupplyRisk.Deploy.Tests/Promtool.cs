using System.Diagnostics;

namespace SupplyRisk.Deploy.Tests;

/// <summary>Runs the distribution's promtool; a missing promtool is a failure, not a skip.</summary>
internal static class Promtool
{
    public const string Executable = "/usr/bin/promtool";

    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        Assert.True(
            File.Exists(Executable),
            $"{Executable} is missing: install the 'prometheus' package (deploy/local/up.sh does) to validate the Prometheus files");

        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"promtool {string.Join(' ', arguments)} did not finish within 60 s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
