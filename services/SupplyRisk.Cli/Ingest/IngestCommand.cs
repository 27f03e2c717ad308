using System.CommandLine;
using Spectre.Console;
using SupplyRisk.Cli.Settings;

namespace SupplyRisk.Cli.Ingest;

/// <summary><c>supplyrisk ingest &lt;file|folder|feed-url&gt;</c>: reads the news, posts it in
/// batches with a progress bar, and prints how many items were new, near-duplicates, duplicates
/// and rejected (with each rejection's reason).</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "A news file, a folder of news files, or the http(s) address of a feed or an article page." };
        var url = new Option<string>("--url") { Description = "The ingest service.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string?>("--api-key") { Description = "The write key (default: SUPPLYRISK_API_KEY, then deploy/local/.env)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Items per request.", DefaultValueFactory = _ => 200 };
        var command = new Command("ingest", "Send news from a file, a folder or a feed to the ingest service.") { source, url, apiKey, batchSize };
        command.SetAction((result, ct) => RunAsync(result.GetValue(source)!, result.GetValue(url)!, LocalSettings.ApiKey(result.GetValue(apiKey)),
            result.GetValue(batchSize), ct));
        return command;
    }

    private static async Task<int> RunAsync(string source, string serviceUrl, string? apiKey, int batchSize, CancellationToken ct)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var service))
        {
            return Cli.Usage($"--url '{serviceUrl}' is not an absolute address");
        }
        if (batchSize is < 1 or > 1000)
        {
            return Cli.Usage("--batch-size must be between 1 and 1000");
        }
        using var http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(60) };
        var reader = new SourceReader(http);
        var client = new IngestClient(http, apiKey);
        var summary = new IngestSummary();
        try
        {
            List<SourceItem> items;
            if (SourceReader.IsUrl(source))
            {
                using var feedHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                items = [.. await new SourceReader(feedHttp).ReadUrlAsync(source, ct)];
            }
            else if (Directory.Exists(source))
            {
                items = SourceReader.FilesOf(source).SelectMany(SourceReader.ReadFile).ToList();
            }
            else if (File.Exists(source))
            {
                items = SourceReader.ReadFile(source).ToList();
            }
            else
            {
                return Cli.Usage($"'{source}' is neither a file, a folder nor an http(s) address");
            }

            foreach (var bad in items.Where(i => i.Error is not null || i.Item!.TypeErrors.Count > 0))
            {
                summary.Reject(bad.Origin, bad.Error ?? string.Join("; ", bad.Item!.TypeErrors));
            }
            var sendable = items.Where(i => i.Error is null && i.Item!.TypeErrors.Count == 0).ToList();
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"posting {sendable.Count} items", maxValue: Math.Max(1, sendable.Count));
                    foreach (var batch in sendable.Chunk(batchSize))
                    {
                        var outcomes = await client.PostAsync(batch.Select(b => b.Item!).ToList(), ct);
                        for (var i = 0; i < batch.Length; i++)
                        {
                            summary.Add(batch[i].Origin, outcomes[i]);
                        }
                        task.Increment(batch.Length);
                    }
                    task.Value = task.MaxValue;
                });
        }
        catch (UsageException e)
        {
            return Cli.Usage(e.Message);
        }
        catch (HttpRequestException e)
        {
            summary.Print();
            return Cli.Unreachable($"{service}: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            summary.Print();
            return Cli.Unreachable($"{service}: the request timed out");
        }
        summary.Print();
        return summary.Rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Ok;
    }
}
