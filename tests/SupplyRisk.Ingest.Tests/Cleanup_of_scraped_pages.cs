using SupplyRisk.Ingest.Formats;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Tests;

/// <summary>A scraped page keeps its story and loses the page furniture: breadcrumb, repeated
/// headline and standfirst, photo caption with its credit, byline, channel promotion and the
/// agency credit line.</summary>
public sealed class Cleanup_of_scraped_pages
{
    [Fact]
    public void The_fixture_page_keeps_every_story_paragraph_and_drops_the_furniture()
    {
        var item = Assert.Single(NewsFileReader.Read(Testing.Fixture("scraped-page.txt")).Items);
        var (candidate, errors) = Testing.Validator().Validate(item);
        Assert.Empty(errors);
        var body = candidate!.Body;

        Assert.Equal("Port Strike Threatens Tungsten Deliveries", candidate.Title);
        Assert.DoesNotContain("Port Strike Threatens Tungsten Deliveries", body, StringComparison.Ordinal);
        Assert.DoesNotContain("REUTERS/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Cranes stand idle", body, StringComparison.Ordinal);
        Assert.DoesNotContain("By Ann Example", body, StringComparison.Ordinal);
        Assert.DoesNotContain("WhatsApp", body, StringComparison.Ordinal);
        Assert.DoesNotContain("With inputs from", body, StringComparison.Ordinal);
        // The standfirst comes back later with a curly apostrophe: it is the same line.
        Assert.Single(body.Split('\n'), l => l.Contains("Dock workers walked out", StringComparison.Ordinal));
        foreach (var kept in new[] { "A strike by dock workers", "Tool makers in Germany", "Union Demands", "The union is asking", "‘No Quick Fix’", "Traders said that prices" })
        {
            Assert.Contains(kept, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_breadcrumb_ending_in_the_title_is_dropped_when_the_title_is_known()
    {
        var body = TextNormalizer.NormalizeBody("Home World Port Strike Threatens Tungsten\n\nThe strike went on.", "Port Strike Threatens Tungsten");
        Assert.Equal("The strike went on.", body);
    }

    [Theory]
    [InlineData("By Friday, exports had resumed at two ports.")]
    [InlineData("By the end of 2025 China aims to double its output of magnets.")]
    [InlineData("Meta said its WhatsApp Channel feature had reached a billion users in markets across Asia, Africa and Latin America, well ahead of what analysts expected.")]
    [InlineData("The photo agency said it had no comment.")]
    public void Story_lines_that_only_look_like_furniture_are_kept(string line)
    {
        Assert.Equal(line, TextNormalizer.NormalizeBody(line, "Some headline"));
    }

    [Theory]
    [InlineData("By Jane Roe")]
    [InlineData("By Jane Roe and Li Wei, Metals Wire")]
    [InlineData("Reporting by Jane Roe; Editing by Tom Doe")]
    [InlineData("Also read: Five things to know about gallium")]
    [InlineData("Follow us on X for the latest updates")]
    [InlineData("A ship waits off the coast on Monday. (Photo: Metals Wire)")]
    [InlineData("Workers at the plant, June 9, 2025. AFP/Jane Roe")]
    public void Furniture_lines_are_dropped(string line)
    {
        Assert.Equal("The story.", TextNormalizer.NormalizeBody(line + "\nThe story.", "Some headline"));
    }

    [Fact]
    public void The_real_seed_page_is_cleaned_the_same_way()
    {
        // The scraped page the project started from lives beside the repository, not in it.
        var root = SupplyRisk.Ingest.NearDuplicates.Eval.Evaluation.FindRepoRoot(AppContext.BaseDirectory);
        var folder = root is null ? null : Path.Combine(root, "..", "shared", "seeds");
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }
        var file = Directory.EnumerateFiles(folder, "000_*.txt").FirstOrDefault();
        if (file is null)
        {
            return;
        }
        var item = Assert.Single(NewsFileReader.Read(file).Items);
        var (candidate, errors) = Testing.Validator().Validate(item);
        Assert.Empty(errors);
        var lines = candidate!.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.Contains("WhatsApp", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("REUTERS/", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("(With inputs", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith(candidate.Title, StringComparison.Ordinal) && l != candidate.Title);
        // Every line is there once, whatever its quote style.
        Assert.Equal(lines.Length, lines.Select(TextNormalizer.FoldKey).Distinct().Count());
        Assert.Contains(lines, l => l.Contains("temporary export licenses", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fast_line_key_equals_the_one_computed_a_character_at_a_time()
    {
        // FoldKey lower-cases plain ASCII lines in one go and sends everything else through
        // the general loop; both must give the same key, or repeated lines would slip through.
        var root = SupplyRisk.Ingest.NearDuplicates.Eval.Evaluation.FindRepoRoot(AppContext.BaseDirectory)!;
        var lines = Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .ToList();
        Assert.True(lines.Count > 500, $"only {lines.Count} sample lines");

        // Random lines from characters on both sides of every branch: ASCII letters of both cases,
        // the space in runs and at the ends, other ASCII white space, the backtick, typographic
        // quotes and dashes, accented letters, a non-breaking space.
        const string alphabet = "aZq9 .,'\"`\t\u000B\u001F\u2019\u201C\u2014\u00C9\u00E9\u00A0-";
        var random = new Random(5);
        for (var i = 0; i < 5000; i++)
        {
            lines.Add(new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
            lines.Add(new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => "aBc D.x"[random.Next(7)]).ToArray()));
        }
        foreach (var line in lines)
        {
            Assert.Equal(TextNormalizer.FoldKeyOneByOne(line), TextNormalizer.FoldKey(line));
        }
    }
}
