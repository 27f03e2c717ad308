namespace SupplyRisk.Scoring.Engine.Tests;

public sealed class ReferenceCaseTests
{
    private static readonly string[] AllSectors = ["ev", "aerospace", "semiconductor", "defence"];

    [Fact]
    public void Reference_page_touches_all_four_sectors_and_nets_down()
    {
        var result = NewsScorer.Default.Score(Fixtures.Reference);

        Assert.Equal("down", result.Overall);
        Assert.Equal(AllSectors, result.Sectors.Select(s => s.Sector));
        Assert.All(result.Sectors, s => Assert.NotEmpty(s.Evidence));
        Assert.All(result.Sectors, s => Assert.NotEmpty(s.Materials));

        // Magnet-heavy sectors net down on the new licences; chips are touched only through the
        // April background and generic rare earths, so their net move is small.
        foreach (var sector in new[] { "ev", "aerospace", "defence" })
        {
            Assert.Equal("down", result.Sectors.Single(s => s.Sector == sector).Direction);
        }

        var chips = result.Sectors.Single(s => s.Sector == "semiconductor").Contribution;
        Assert.InRange(Math.Abs(chips), 0, Math.Abs(result.Sectors.Single(s => s.Sector == "ev").Contribution));
    }

    [Fact]
    public void Background_recall_of_an_april_suspension_is_marked_background_tightening()
    {
        var result = NewsScorer.Default.Score(Fixtures.Reference);

        var april = Assert.Single(result.Events, e => e.Type == "export_suspension");
        Assert.True(april.Background);
        Assert.Equal("up", april.Direction);
        Assert.Contains("In April", april.Evidence.Text, StringComparison.Ordinal);
        Assert.Equal(AllSectors, april.Sectors);
    }

    [Fact]
    public void Temporary_licences_and_expected_resumption_are_new_easing()
    {
        var result = NewsScorer.Default.Score(Fixtures.Reference);

        var licences = Assert.Single(result.Events, e => e.Type == "export_licence_granted");
        Assert.False(licences.Background);
        Assert.Equal("down", licences.Direction);
        Assert.Contains("ev", licences.Sectors);

        var resumption = Assert.Single(result.Events, e => e.Type == "shipments_resumed");
        Assert.False(resumption.Background);
        Assert.Equal("down", resumption.Direction);
        Assert.True(resumption.Confidence < licences.Confidence, "'expect … to resume' is hedged");
    }

    [Fact]
    public void Evidence_offsets_point_into_the_full_text()
    {
        var item = Fixtures.Reference;
        var text = item.FullText;
        var result = NewsScorer.Default.Score(item);

        Assert.NotEmpty(result.Events);
        foreach (var evidence in result.Events.Select(e => e.Evidence).Concat(result.Sectors.SelectMany(s => s.Evidence)))
        {
            Assert.Equal(evidence.Text, text[evidence.Start..evidence.End]);
        }
    }

    [Fact]
    public void Caption_and_promo_lines_produce_no_events()
    {
        var result = NewsScorer.Default.Score(Fixtures.Reference);

        Assert.DoesNotContain(result.Events, e => e.Evidence.Text.Contains("REUTERS", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Events, e => e.Evidence.Text.Contains("WhatsApp", StringComparison.Ordinal));
    }

    [Fact]
    public void Real_seed_page_when_present_reads_as_the_reference_case()
    {
        var path = SeedPagePath();
        if (path is null)
        {
            return; // Only the shared workspace (and CI) has the scraped page; the fixture above covers the shape.
        }

        var lines = File.ReadAllText(path);
        var split = lines.IndexOf('\n', StringComparison.Ordinal);
        var item = new NewsText(lines[..split].Trim(), lines[(split + 1)..], new DateTimeOffset(2025, 6, 9, 12, 0, 0, TimeSpan.Zero));
        var result = NewsScorer.Default.Score(item);

        Assert.Equal("down", result.Overall);
        Assert.All(result.Sectors, s => Assert.NotEmpty(s.Evidence));
        Assert.All(result.Sectors, s => Assert.NotEqual("none", s.Direction));
        var april = Assert.Single(result.Events, e => e.Type == "export_suspension");
        Assert.True(april.Background);
        Assert.Equal("up", april.Direction);
        var licences = Assert.Single(result.Events, e => e.Type == "export_licence_granted");
        Assert.False(licences.Background);
        Assert.Equal("down", licences.Direction);
        var resumption = Assert.Single(result.Events, e => e.Type == "shipments_resumed");
        Assert.False(resumption.Background);
        Assert.Equal("down", resumption.Direction);
    }

    /// <summary>Walks up from the test binaries to the repository root (the folder holding
    /// Dashboard.sln or .git), then looks in ../shared/seeds beside it.</summary>
    private static string? SeedPagePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")) || Directory.Exists(Path.Combine(dir.FullName, ".git")))
            {
                var seeds = Path.Combine(dir.FullName, "..", "shared", "seeds");
                if (!Directory.Exists(seeds))
                {
                    return null;
                }

                var page = Directory.GetFiles(seeds, "000_*.txt").OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
                return page;
            }
        }

        return null;
    }
}
