using System.Text.Json.Nodes;
using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Ingestion;

/// <summary>A syndicated copy of a stored story is stored too, reported as a near-duplicate of
/// it, and joins its cluster, so the risk index counts the story once.</summary>
[Collection(PipelineCollection.Name)]
public sealed class Near_duplicates(PipelineFixture system)
{
    private static readonly string[] Paragraphs =
    [
        "Beijing has suspended exports of samarium and samarium cobalt magnets to all buyers while it reviews licences, customs brokers in three provinces said on Thursday, in a step that hits makers of guided munitions and jet engines.",
        "Samarium cobalt magnets keep their strength at temperatures that would weaken neodymium magnets, which makes them hard to replace in missile fins, satellite actuators and aircraft generators.",
        "The brokers said shipments already at ports had been held back for inspection and that no new applications were being processed, leaving defence contractors in the United States and Europe with a few months of stock.",
        "Analysts said the suspension could last several weeks and warned that prices for samarium oxide outside China had already risen by a fifth since the start of the month.",
    ];

    // A second story, unlike the first, so the two tests' items never cluster together.
    private static readonly string[] GalliumParagraphs =
    [
        "China suspended gallium exports to Japan and South Korea this week, according to three trading houses, which said customs officers had stopped clearing shipments while existing licences were reviewed.",
        "Gallium is turned into gallium nitride and gallium arsenide for radar modules, power chips and satellite solar cells, and almost all of the world's primary output comes from alumina refineries in China.",
        "Traders in Rotterdam said spot offers for the metal had disappeared within a day and that semiconductor fabs were asking how long their inventories would last if the stoppage continued into next quarter.",
        "Refiners in Germany and Canada that recover gallium as a by-product said they could not raise output quickly, because restarting idle recovery lines takes months of work and new permits.",
    ];

    [Fact]
    public async Task A_syndicated_copy_posted_after_its_original_is_reported_as_such_and_counts_once()
    {
        var tag = Guid.NewGuid().ToString("N");
        var published = DateTimeOffset.UtcNow.AddHours(-2);
        var original = await PostStoryAsync(
            $"China halts samarium magnet exports {tag}",
            string.Join("\n\n", Paragraphs) + $"\n\nReference {tag}.",
            published, "Metals Wire", $"https://wire.example/{tag}/samarium");
        var originalId = Assert.Single(PipelineFixture.NewIds(original));
        await WaitScoredAsync(originalId);

        // Another outlet's copy an hour later: new headline, an editor's line on top, the last
        // paragraph cut and the second and third swapped.
        var copy = await PostStoryAsync(
            $"Samarium curbs: Beijing stops magnet shipments ({tag})",
            "This report comes from a partner wire service and was edited for length.\n\n"
            + string.Join("\n\n", Paragraphs[0], Paragraphs[2], Paragraphs[1]) + $"\n\nReference {tag}.",
            published.AddHours(1), "Regional Business Daily", $"https://daily.example/{tag}/samarium-copy");

        var outcome = copy["items"]![0]!;
        Assert.Equal("near_duplicate", (string?)outcome["status"]);
        Assert.Equal(originalId.ToString(), (string?)outcome["duplicateOf"]);
        Assert.Equal(originalId.ToString(), (string?)outcome["clusterId"]);
        Assert.Equal(1, (int)copy["accepted"]!);
        Assert.Equal(1, (int)copy["nearDuplicates"]!);
        var copyId = Guid.Parse((string)outcome["id"]!);
        Assert.NotEqual(originalId, copyId);

        await using (var cmd = system.Database.CreateCommand("SELECT cluster_id, duplicate_of FROM ingest.news_items WHERE id = $1"))
        {
            cmd.Parameters.Add(new() { Value = copyId });
            await using var reader = await cmd.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(originalId, reader.GetGuid(0));
            Assert.Equal(originalId, reader.GetGuid(1));
        }

        // The copy reaches the risk service in the original's cluster, and the index's rule
        // (the earliest item of each cluster and sector, the rows of
        // risk.effective_contributions) leaves only the original counting.
        await WaitScoredAsync(copyId);
        await using (var cmd = system.Database.CreateCommand(
            "SELECT DISTINCT cluster_id FROM risk.scored_items WHERE news_id = ANY($1)"))
        {
            cmd.Parameters.Add(new() { Value = new[] { originalId, copyId } });
            Assert.Equal(originalId, Assert.Single(await ReadGuidsAsync(cmd)));
        }
        var counted = await CountedItemsAsync(originalId);
        Assert.NotEmpty(counted);
        Assert.All(counted, id => Assert.Equal(originalId, id));
        await system.AssertEveryRowHasItsItemAsync(requireSketches: true);
    }

    [Fact]
    public async Task A_copy_that_arrives_first_but_was_published_later_gives_way_to_the_earlier_item()
    {
        // Arrival order is not publication order: the later copy reaches ingest first and
        // founds the cluster, then the earlier item joins it. The story must count through the
        // earlier item, as it would had they arrived the other way round.
        var tag = Guid.NewGuid().ToString("N");
        var published = DateTimeOffset.UtcNow.AddHours(-3);
        var copy = await PostStoryAsync(
            $"Gallium shipments to Asian buyers held at Chinese ports ({tag})",
            "Shortened from a report by our partner agency.\n\n"
            + string.Join("\n\n", GalliumParagraphs[0], GalliumParagraphs[2], GalliumParagraphs[1]) + $"\n\nReference {tag}.",
            published.AddHours(1), "Regional Business Daily", $"https://daily.example/{tag}/gallium-copy");
        var copyId = Assert.Single(PipelineFixture.NewIds(copy));
        await WaitScoredAsync(copyId);
        var before = await CountedItemsAsync(copyId);
        Assert.NotEmpty(before);
        Assert.All(before, id => Assert.Equal(copyId, id));

        var original = await PostStoryAsync(
            $"China holds back gallium exports {tag}",
            string.Join("\n\n", GalliumParagraphs) + $"\n\nReference {tag}.",
            published, "Metals Wire", $"https://wire.example/{tag}/gallium");
        var outcome = original["items"]![0]!;
        Assert.Equal("near_duplicate", (string?)outcome["status"]);
        Assert.Equal(copyId.ToString(), (string?)outcome["clusterId"]);
        var originalId = Guid.Parse((string)outcome["id"]!);
        await WaitScoredAsync(originalId);

        var counted = await CountedItemsAsync(copyId);
        Assert.NotEmpty(counted);
        Assert.All(counted, id => Assert.Equal(originalId, id));
    }

    private Task<JsonObject> PostStoryAsync(string title, string body, DateTimeOffset publishedAt, string source, string url) =>
        system.PostNewsAsync(new { title, body, publishedAt = publishedAt.ToString("O"), source, url });

    /// <summary>The item counted for each sector of a story (cluster).</summary>
    private async Task<List<Guid>> CountedItemsAsync(Guid clusterId)
    {
        await using var cmd = system.Database.CreateCommand("SELECT news_id FROM risk.effective_contributions WHERE cluster_id = $1");
        cmd.Parameters.Add(new() { Value = clusterId });
        return await ReadGuidsAsync(cmd);
    }

    [Fact]
    public async Task Short_items_that_share_most_words_are_not_taken_for_copies()
    {
        // Too short to judge: matched only exactly, so the existing behaviour is unchanged.
        var result = await system.PostNewsAsync(TestNews.Batch("near-short", 8));
        Assert.Equal(8, PipelineFixture.NewIds(result).Count);
    }

    private Task WaitScoredAsync(Guid id) =>
        PipelineFixture.WaitUntilAsync(async () =>
        {
            await using var cmd = system.Database.CreateCommand("SELECT count(*) FROM risk.scored_items WHERE news_id = $1");
            cmd.Parameters.Add(new() { Value = id });
            return (long)(await cmd.ExecuteScalarAsync())! == 1;
        }, TimeSpan.FromSeconds(15), $"the risk service to store {id}");

    private static async Task<List<Guid>> ReadGuidsAsync(Npgsql.NpgsqlCommand cmd)
    {
        var ids = new List<Guid>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }
}
