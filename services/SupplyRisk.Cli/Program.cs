using System.CommandLine;
using SupplyRisk.Cli;
using SupplyRisk.Cli.Ingest;
using SupplyRisk.Cli.Score;
using SupplyRisk.Cli.Watch;

var root = new RootCommand("supplyrisk: send news to the supply-risk services, score a text, watch risk changes.")
{
    IngestCommand.Create(),
    ScoreCommand.Create(),
    WatchCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"supplyrisk: {error.Message}");
    }
    Console.Error.WriteLine("Try 'supplyrisk --help'.");
    return ExitCodes.Usage;
}
return await parsed.InvokeAsync();
