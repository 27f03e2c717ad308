using System.Text;
using System.Text.Json;

namespace SupplyRisk.Scoring.Engine.Benchmarks;

/// <summary>A deterministic corpus of a few MB: every evaluation item, then variations of them
/// (materials, countries and dates swapped, sentences reordered, unrelated filler paragraphs of
/// the kind scraped pages carry) until the target size is reached.</summary>
internal sealed class Corpus
{
    private static readonly string[] Materials = ["gallium", "rare earth magnets", "dysprosium", "graphite", "antimony", "tungsten", "germanium", "heavy rare earths", "samarium"];
    private static readonly string[] Countries = ["China", "Myanmar", "Australia", "the United States", "Japan", "Vietnam"];

    private static readonly string[] Filler =
    [
        "The dollar slipped against a basket of currencies while investors waited for central bank guidance.",
        "Officials declined to comment on the timing of the next round of talks, citing ongoing negotiations.",
        "Analysts said the broader economy had held up better than expected in the first half, with retail sales firm.",
        "Shares in Asia were mixed, and oil prices were little changed in thin trading ahead of a holiday.",
        "The ministry's statement ran to several pages and repeated earlier positions on trade and investment.",
        "Follow us on our channel for more updates, and sign up for the daily briefing.",
    ];

    internal Corpus(int targetBytes)
    {
        var seeds = Load(Path.Combine(AppContext.BaseDirectory, "eval", "items.jsonl"));
        var items = new List<NewsText>(seeds);
        var random = new Random(20250609);
        while (Bytes(items) < targetBytes)
        {
            var seed = seeds[random.Next(seeds.Count)];
            items.Add(Vary(seed, random));
        }

        Items = items;
        FullTexts = items.Select(i => i.FullText).ToArray();
        TotalBytes = FullTexts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
    }

    internal IReadOnlyList<NewsText> Items { get; }

    internal string[] FullTexts { get; }

    internal long TotalBytes { get; }

    private static long Bytes(List<NewsText> items) => items.Sum(i => (long)i.Title.Length + i.Body.Length + 2);

    private static NewsText Vary(NewsText seed, Random random)
    {
        var body = new StringBuilder();
        var sentences = seed.Body.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        var material = Materials[random.Next(Materials.Length)];
        var country = Countries[random.Next(Countries.Length)];
        for (var p = 0; p < 3 + random.Next(4); p++)
        {
            body.AppendLine(Filler[random.Next(Filler.Length)]).AppendLine();
            var s = sentences[random.Next(sentences.Length)];
            body.Append(s.Replace("rare earth", material, StringComparison.Ordinal).Replace("China", country, StringComparison.Ordinal));
            body.AppendLine(s.EndsWith('.') ? string.Empty : ".").AppendLine();
        }

        body.Append(seed.Body);
        return new NewsText(seed.Title, body.ToString(), seed.PublishedAt.AddDays(random.Next(-30, 30)));
    }

    private static List<NewsText> Load(string path)
    {
        var items = new List<NewsText>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            items.Add(new NewsText(
                root.GetProperty("title").GetString()!,
                root.GetProperty("body").GetString()!,
                DateTimeOffset.Parse(root.GetProperty("publishedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return items;
    }
}
