using System.Text.Json;
using SupplyRisk.Scoring.Engine;
using SupplyRisk.Scoring.Engine.Eval;

// Usage: dotnet run --project tests/SupplyRisk.Scoring.Engine.Eval -c Release
//          [-- --explain <id>]              print one item's full result
//          [-- --file <path> --date <iso>]  score a text file (first line = title)
var items = EvalSet.Load();
var scorer = NewsScorer.Default;
var json = new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

if (args.Length >= 2 && args[0] == "--explain")
{
    var item = items.FirstOrDefault(i => i.Id == args[1]);
    if (item is null)
    {
        Console.Error.WriteLine($"no item {args[1]}");
        return 2;
    }

    Console.WriteLine(JsonSerializer.Serialize(scorer.Score(new NewsText(item.Title, item.Body, item.PublishedAt)), json));
    return 0;
}

if (args.Length >= 2 && args[0] == "--file")
{
    var lines = File.ReadAllText(args[1]);
    var split = lines.IndexOf('\n', StringComparison.Ordinal);
    var date = args.Length >= 4 && args[2] == "--date" ? DateTimeOffset.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : DateTimeOffset.UtcNow;
    var text = new NewsText(split < 0 ? lines : lines[..split].Trim(), split < 0 ? string.Empty : lines[(split + 1)..], date);
    Console.WriteLine(JsonSerializer.Serialize(scorer.Score(text), json));
    return 0;
}

var report = EvalReport.Run(scorer, items);
Console.WriteLine($"model: {scorer.ModelVersion}");
Console.Write(report.Format());
Console.Write(SampleNews.Run(scorer).Format());
return 0;
