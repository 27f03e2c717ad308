using System.Globalization;
using System.Text.RegularExpressions;

namespace SupplyRisk.Deploy.Tests;

/// <summary>seeds/news: enough well-formed, distinct items in every format the importer reads.</summary>
public sealed partial class SeedNewsTests
{
    private readonly IReadOnlyList<SeedNewsItem> items = SeedNews.All();

    [Fact]
    public void Holds_at_least_thirty_items_across_markdown_jsonl_and_json()
    {
        Assert.True(items.Count >= 30, $"only {items.Count} items");
        Assert.Equal(["json", "jsonl", "md"], items.Select(i => i.Format).Distinct().Order());
    }

    [Fact]
    public void Every_item_has_a_title_and_a_body_of_news_length()
    {
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Title), $"{item.Origin}: no title");
            var words = Words().Count(item.Body ?? "");
            Assert.True(words is >= 80 and <= 300, $"{item.Origin}: body has {words} words, expected 80-300");
        }
    }

    [Fact]
    public void Every_item_has_an_iso_date_in_the_past_a_source_and_english_language()
    {
        foreach (var item in items)
        {
            Assert.True(
                DateTimeOffset.TryParse(item.PublishedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published),
                $"{item.Origin}: '{item.PublishedAt}' is not a date");
            Assert.True(published <= DateTimeOffset.UtcNow, $"{item.Origin}: {published:O} is in the future");
            Assert.False(string.IsNullOrWhiteSpace(item.Source), $"{item.Origin}: no source");
            Assert.Equal("en", item.Language);
        }
    }

    [Fact]
    public void Urls_are_distinct_and_use_example_domains_only()
    {
        var urls = items.Select(i => i.Url).ToList();

        Assert.DoesNotContain(null, urls);
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(urls, url =>
        {
            var host = new Uri(url!).Host;
            Assert.True(host is "news.example" or "example.com" || host.EndsWith(".example.com", StringComparison.Ordinal), $"{url}: not an example domain");
        });
    }

    [Fact]
    public void No_two_items_share_a_title_or_a_body()
    {
        Assert.Equal(items.Count, items.Select(i => i.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(items.Count, items.Select(i => Normalise(i.Body!)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Markdown_items_follow_the_numbered_slug_naming()
    {
        var names = items.Where(i => i.Format == "md").Select(i => i.Origin).ToList();

        Assert.All(names, name => Assert.Matches(@"^\d{3}-[a-z0-9]+(-[a-z0-9]+)*\.md$", name));
        Assert.Equal(names.Count, names.Select(n => n[..3]).Distinct().Count());
    }

    [Fact]
    public void Readme_lists_every_item_file()
    {
        var readme = File.ReadAllText(Path.Combine(SeedNews.Folder, "README.md"));
        var files = Directory.GetFiles(SeedNews.Folder)
            .Select(Path.GetFileName)
            .Where(name => name != "README.md")
            .ToList();

        Assert.All(files, name => Assert.Contains($"`{name}", readme, StringComparison.Ordinal));
        Assert.Contains("written for this project", readme, StringComparison.Ordinal);
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
