using System.Globalization;

namespace SupplyRisk.Scoring.Engine.Eval;

/// <summary>The sample news of <c>seeds/news</c> (its Markdown items), scored against the
/// direction the folder's README table expects of each. It is a second check, written apart
/// from the labelled set and in longer articles, where descriptions of controls already in
/// place sit beside the news; the build copies the folder beside the binaries.</summary>
public static class SampleNews
{
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "eval", "news");

    /// <param name="Misses">"file: scored (expected …)" for every item scored otherwise.</param>
    public sealed record Result(int Agree, int Total, IReadOnlyList<string> Misses)
    {
        public string Format() =>
            $"sample news (seeds/news/README.md): {Agree} of {Total} items in the expected direction\n"
            + string.Concat(Misses.Select(m => $"  {m}\n"));
    }

    public static Result Run(NewsScorer scorer, string? folder = null)
    {
        folder ??= DefaultFolder;
        var misses = new List<string>();
        var agree = 0;
        var expected = ExpectedDirections(Path.Combine(folder, "README.md"));
        foreach (var (file, direction) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var scored = scorer.Score(Read(Path.Combine(folder, file))).Overall;
            if (scored == direction)
            {
                agree++;
            }
            else
            {
                misses.Add($"{file}: {scored} (expected {direction})");
            }
        }

        return new Result(agree, expected.Count, misses);
    }

    // Rows such as "| `019-geneva-90-day-tariff-truce.md` | 2025-05-12 | … | down |"; the
    // expected direction is the first word of the last column ("up (scheduled)" is up).
    private static Dictionary<string, string> ExpectedDirections(string readme) =>
        File.ReadLines(readme)
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal) && line.Contains(".md`", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells[^2].Split(' ')[0]);

    // Header lines ("Title: …", "Published: …"), a blank line, then the body.
    private static NewsText Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines.TakeWhile(l => l.Length > 0).ToList();
        string Field(string name) => header.Single(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..];
        var body = string.Join('\n', lines.Skip(header.Count + 1));
        return new NewsText(Field("Title"), body, DateTimeOffset.Parse(Field("Published"), CultureInfo.InvariantCulture));
    }
}
