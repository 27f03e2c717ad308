using Spectre.Console;

namespace SupplyRisk.Cli.Ingest;

/// <summary>The counts an ingest run prints, and the reasons of each rejection.</summary>
internal sealed class IngestSummary
{
    private readonly List<(string Origin, string Reason)> _rejections = [];

    public int New { get; private set; }
    public int NearDuplicates { get; private set; }
    public int Duplicates { get; private set; }
    public int Rejected => _rejections.Count;

    public void Add(string origin, PostedItem item)
    {
        switch (item.Status)
        {
            case "new":
                New++;
                break;
            case "near_duplicate":
                NearDuplicates++;
                break;
            case "duplicate":
                Duplicates++;
                break;
            default:
                Reject(origin, string.Join("; ", item.Errors));
                break;
        }
    }

    public void Reject(string origin, string reason) => _rejections.Add((origin, reason));

    public void Print()
    {
        var counts = new Table().Border(TableBorder.Rounded).Title("ingest summary")
            .AddColumn("new").AddColumn("near-duplicates").AddColumn("duplicates").AddColumn("rejected");
        counts.AddRow(New.ToString(), NearDuplicates.ToString(), Duplicates.ToString(),
            Rejected == 0 ? "0" : $"[red]{Rejected}[/]");
        AnsiConsole.Write(counts);
        if (_rejections.Count == 0)
        {
            return;
        }
        var reasons = new Table().Border(TableBorder.Simple).Title("rejected").AddColumn("item").AddColumn("reason");
        foreach (var (origin, reason) in _rejections)
        {
            reasons.AddRow(Markup.Escape(origin), Markup.Escape(reason));
        }
        AnsiConsole.Write(reasons);
    }
}
