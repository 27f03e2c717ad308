using Microsoft.Extensions.Options;
using SupplyRisk.Ingest.Formats;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Import;

/// <summary>Imports the configured folders at start-up, before the service answers as
/// ready, through the same path as the API (source kind <c>file</c>). Importing a folder again
/// finds only duplicates, so restarts are harmless.</summary>
internal sealed partial class FolderImporter(IOptions<IngestOptions> options, IngestService ingest, ILogger<FolderImporter> logger) : IHostedService
{
    private const int BatchSize = 200;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var folder in options.Value.ImportFolders)
        {
            await ImportFolderAsync(folder, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<ImportSummary> ImportFolderAsync(string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            LogMissingFolder(logger, folder);
            return new ImportSummary(0, 0, 0);
        }
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => NewsFileReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var pending = new List<(string File, RawNewsItem Item)>();
        var summary = new ImportSummary(0, 0, 0);
        foreach (var file in files)
        {
            var read = NewsFileReader.Read(file);
            if (read.Error is not null)
            {
                LogRejected(logger, file, read.Error);
                summary = summary with { Rejected = summary.Rejected + 1 };
                continue;
            }
            pending.AddRange(read.Items.Select(item => (file, item)));
            if (pending.Count >= BatchSize)
            {
                summary += await FlushAsync(pending, ct);
            }
        }
        summary += await FlushAsync(pending, ct);
        LogImported(logger, folder, summary.New, summary.Duplicates, summary.Rejected);
        return summary;
    }

    private async Task<ImportSummary> FlushAsync(List<(string File, RawNewsItem Item)> pending, CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return new ImportSummary(0, 0, 0);
        }
        var result = await ingest.IngestAsync(pending.Select(p => p.Item).ToList(), SourceKinds.File, ct);
        foreach (var rejected in result.Items.Where(i => i.Status == IngestResult.RejectedStatus))
        {
            LogRejected(logger, pending[rejected.Index].File, string.Join("; ", rejected.Errors ?? []));
        }
        pending.Clear();
        return new ImportSummary(result.Accepted, result.Duplicates, result.Rejected);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import folder {Folder} does not exist")]
    private static partial void LogMissingFolder(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {File}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Folder}: {New} new, {Duplicates} duplicates, {Rejected} rejected")]
    private static partial void LogImported(ILogger logger, string folder, int @new, int duplicates, int rejected);
}
