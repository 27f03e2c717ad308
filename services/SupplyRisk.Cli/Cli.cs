using Spectre.Console;

namespace SupplyRisk.Cli;

/// <summary>Error messages on standard error, each with its exit code.</summary>
internal static class Cli
{
    public static int Usage(string message)
    {
        Console.Error.WriteLine($"supplyrisk: {message}");
        return ExitCodes.Usage;
    }

    public static int Unreachable(string message)
    {
        Console.Error.WriteLine($"supplyrisk: service unreachable: {message}");
        return ExitCodes.Unreachable;
    }

    public static void Note(string message) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
}
