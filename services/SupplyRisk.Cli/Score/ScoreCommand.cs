using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Spectre.Console;
using SupplyRisk.Ingest.Formats;

namespace SupplyRisk.Cli.Score;

/// <summary><c>supplyrisk score &lt;file|-&gt;</c>: scores a text without storing it and prints
/// the explanation: the overall direction, each sector's contribution with its evidence, and
/// the events found.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A news file (.md, .txt, .json, .html, …) or '-' for plain text on standard input." };
        var url = new Option<string>("--url") { Description = "The scoring service.", DefaultValueFactory = _ => "http://127.0.0.1:5081" };
        var command = new Command("score", "Score a text and print the explanation as a table.") { input, url };
        command.SetAction((result, ct) => RunAsync(result.GetValue(input)!, result.GetValue(url)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string input, string serviceUrl, CancellationToken ct)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var service))
        {
            return Cli.Usage($"--url '{serviceUrl}' is not an absolute address");
        }
        HttpContent content;
        if (input == "-")
        {
            content = new StringContent(await Console.In.ReadToEndAsync(ct), Encoding.UTF8, "text/plain");
        }
        else if (File.Exists(input))
        {
            var read = NewsFileReader.Extensions.Contains(Path.GetExtension(input).ToLowerInvariant())
                ? NewsFileReader.Read(input)
                : NewsFileReader.Read(File.ReadAllBytes(input), ".txt");
            if (read.Error is not null || read.Items.Count == 0)
            {
                return Cli.Usage($"{input}: {read.Error ?? "no news item in the file"}");
            }
            var item = read.Items[0];
            var json = new JsonObject { ["title"] = item.Title ?? "", ["body"] = item.Body ?? "" };
            if (item.PublishedAt is not null)
            {
                json["publishedAt"] = item.PublishedAt;
            }
            content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
        }
        else
        {
            return Cli.Usage($"'{input}' is not a file (use '-' to read standard input)");
        }

        using var http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            using var response = await http.PostAsync("/v1/score", content, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType or HttpStatusCode.RequestEntityTooLarge)
            {
                return Cli.Usage((string?)JsonNode.Parse(text)?["detail"] ?? text);
            }
            if (!response.IsSuccessStatusCode)
            {
                return Cli.Unreachable($"{service}: answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            Print(JsonNode.Parse(text)!);
            return ExitCodes.Ok;
        }
        catch (HttpRequestException e)
        {
            return Cli.Unreachable($"{service}: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return Cli.Unreachable($"{service}: the request timed out");
        }
    }

    internal static void Print(JsonNode score)
    {
        AnsiConsole.MarkupLine($"overall: {Direction((string?)score["overall"])}");
        var sectors = new Table().Border(TableBorder.Rounded).Title("sectors")
            .AddColumn("sector").AddColumn("direction").AddColumn(new TableColumn("contribution").RightAligned()).AddColumn("evidence");
        foreach (var s in score["sectors"]?.AsArray() ?? [])
        {
            var evidence = s?["evidence"]?.AsArray().Select(e => Shorten((string?)e?["text"])).Take(2) ?? [];
            sectors.AddRow(
                Markup.Escape((string?)s?["sector"] ?? ""),
                Direction((string?)s?["direction"]),
                Number(s?["contribution"]),
                Markup.Escape(string.Join("\n", evidence)));
        }
        AnsiConsole.Write(sectors);

        var events = score["events"]?.AsArray() ?? [];
        if (events.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]no supply events found[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title("events")
            .AddColumn("event").AddColumn("direction").AddColumn("background").AddColumn(new TableColumn("confidence").RightAligned())
            .AddColumn("materials").AddColumn("countries").AddColumn("evidence");
        foreach (var e in events)
        {
            table.AddRow(
                Markup.Escape((string?)e?["type"] ?? ""),
                Direction((string?)e?["direction"]),
                e?["background"]?.GetValue<bool>() == true ? "yes" : "no",
                Number(e?["confidence"]),
                Markup.Escape(string.Join(", ", e?["materials"]?.AsArray().Select(m => (string?)m) ?? [])),
                Markup.Escape(string.Join(", ", e?["countries"]?.AsArray().Select(c => (string?)c) ?? [])),
                Markup.Escape(Shorten((string?)e?["evidence"]?["text"])));
        }
        AnsiConsole.Write(table);
    }

    private static string Direction(string? direction) => direction switch
    {
        "up" => "[red]up[/]",
        "down" => "[green]down[/]",
        null => "",
        var other => Markup.Escape(other),
    };

    private static string Number(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<double>(out var d) ? d.ToString("0.##", CultureInfo.InvariantCulture) : "";

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 90 ? text : text[..87] + "…";
}
