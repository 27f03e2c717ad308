using SupplyRisk.Scoring.Engine.Seeds;

namespace SupplyRisk.Scoring.Engine.Tests;

public sealed class ModelTests
{
    [Fact]
    public void Scoring_is_deterministic_across_instances_and_threads()
    {
        var item = Fixtures.Reference;
        var other = new NewsScorer(SeedFiles.FromEmbeddedResources());
        var first = Serialize(NewsScorer.Default.Score(item));

        var parallel = Enumerable.Range(0, 16).AsParallel().Select(_ => Serialize(NewsScorer.Default.Score(item))).ToList();

        Assert.Equal(first, Serialize(other.Score(item)));
        Assert.All(parallel, p => Assert.Equal(first, p));
    }

    [Fact]
    public void Scoring_a_text_held_in_a_buffer_of_its_own_gives_the_same_answer()
    {
        var titled = Fixtures.Reference;
        var untitled = new NewsText("", Fixtures.ReferenceBody, Fixtures.June10);
        foreach (var item in new[] { titled, untitled })
        {
            // Inside a larger buffer, with other text after it, as a pooled buffer is.
            var buffer = (item.FullText + " China banned gallium exports.").ToCharArray();

            var fromSpan = NewsScorer.Default.Score(buffer.AsSpan(0, item.FullText.Length), item.Title.Length, item.PublishedAt);

            Assert.NotEmpty(fromSpan.Events);
            Assert.Equal(Serialize(NewsScorer.Default.Score(item)), Serialize(fromSpan));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => NewsScorer.Default.Score("short", 6, Fixtures.June10));
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsScorer.Default.Score("short", -1, Fixtures.June10));
    }

    [Fact]
    public void Model_version_changes_when_a_seed_byte_changes()
    {
        var seeds = SeedFiles.FromEmbeddedResources();
        var changed = new SeedFiles(seeds.Files.Select(f => f.Key == "materials.json"
            ? new KeyValuePair<string, byte[]>(f.Key, [.. f.Value, (byte)' '])
            : f));

        Assert.StartsWith(SeedFiles.RulesVersion + "+", NewsScorer.Default.ModelVersion, StringComparison.Ordinal);
        Assert.Equal(NewsScorer.Default.ModelVersion, seeds.ComputeModelVersion());
        Assert.NotEqual(seeds.ComputeModelVersion(), changed.ComputeModelVersion());
        Assert.NotEqual(NewsScorer.Default.ModelVersion, new NewsScorer(changed).ModelVersion);
    }

    [Fact]
    public void A_combo_limited_to_a_noun_group_of_another_class_is_a_seed_mistake()
    {
        var seeds = SeedFiles.FromEmbeddedResources();
        var events = System.Text.Encoding.UTF8.GetString(seeds.Get("events.json"));
        Assert.Contains("\"nounGroups\": [\n        \"trade\"", events);
        var broken = new SeedFiles(seeds.Files.Select(f => f.Key == "events.json"
            ? new KeyValuePair<string, byte[]>(f.Key, System.Text.Encoding.UTF8.GetBytes(events.Replace("\"nounGroups\": [\n        \"trade\"", "\"nounGroups\": [\n        \"ban\"")))
            : f));

        var error = Assert.Throws<InvalidOperationException>(() => new NewsScorer(broken));
        Assert.Contains("'ban'", error.Message);
    }

    [Fact]
    public void Every_embedded_seed_figure_has_a_source()
    {
        var seeds = SeedFiles.FromEmbeddedResources();
        Assert.Contains("materials.json", seeds.Files.Keys);
        using var countries = System.Text.Json.JsonDocument.Parse(seeds.Get("countries.json"));
        Assert.All(countries.RootElement.GetProperty("supplyShares").EnumerateArray(),
            row => Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("source").GetString())));
        using var sectors = System.Text.Json.JsonDocument.Parse(seeds.Get("sectors.json"));
        Assert.All(sectors.RootElement.GetProperty("dependencies").EnumerateArray(),
            row => Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("source").GetString())));
    }

    [Fact]
    public void Baselines_cover_every_sector_with_visible_terms_in_the_20_to_45_range()
    {
        var baselines = NewsScorer.Default.Baselines;

        Assert.Equal(["ev", "aerospace", "semiconductor", "defence"], baselines.Select(b => b.Sector));
        foreach (var baseline in baselines)
        {
            Assert.InRange(baseline.Score, 20, 45);
            var names = baseline.Terms.Select(t => t.Name).ToList();
            Assert.Contains("concentration_hhi", names);
            Assert.Contains("import_reliance", names);
            Assert.Contains("substitutability", names);
            Assert.All(baseline.Terms, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
            var risk = baseline.Terms.Single(t => t.Name == "material_risk").Value;
            var floor = baseline.Terms.Single(t => t.Name == "floor").Value;
            var span = baseline.Terms.Single(t => t.Name == "span").Value;
            Assert.InRange(baseline.Score - (floor + (span * risk)), -0.1, 0.1);
        }
    }

    private static string Serialize(ScoreResult result) => System.Text.Json.JsonSerializer.Serialize(result);
}
