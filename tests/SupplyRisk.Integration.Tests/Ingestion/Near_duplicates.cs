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

    [Fact]
    public async Task A_syndicated_copy_posted_after_its_original_is_reported_as_such_and_counts_once()
    {
        var tag = Guid.NewGuid().ToString("N");
        var published = DateTimeOffset.UtcNow.AddHours(-2);
        var original = await system.PostNewsAsync(new
        {
            title = $"China halts samarium magnet exports {tag}",
            body = string.Join("\n\n", Paragraphs) + $"\n\nReference {tag}.",
            publishedAt = published.ToString("O"),
            source = "Metals Wire",
            url = $"https://wire.example/{tag}/samarium",
        });
        var originalId = Assert.Single(PipelineFixture.NewIds(original));
        await WaitScoredAsync(originalId);

        // Another outlet's copy an hour later: new headline, an editor's line on top, the last
        // paragraph cut and the second and third swapped.
        var copy = await system.PostNewsAsync(new
        {
            title = $"Samarium curbs: Beijing stops magnet shipments ({tag})",
            body = "This report comes from a partner wire service and was edited for length.\n\n"
                + string.Join("\n\n", Paragraphs[0], Paragraphs[2], Paragraphs[1]) + $"\n\nReference {tag}.",
            publishedAt = published.AddHours(1).ToString("O"),
            source = "Regional Business Daily",
            url = $"https://daily.example/{tag}/samarium-copy",
        });

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
        // (the earliest item of each cluster and sector) leaves only the original counting.
        await WaitScoredAsync(copyId);
        await using (var cmd = system.Database.CreateCommand(
            "SELECT DISTINCT cluster_id FROM risk.scored_items WHERE news_id = ANY($1)"))
        {
            cmd.Parameters.Add(new() { Value = new[] { originalId, copyId } });
            Assert.Equal(originalId, Assert.Single(await ReadGuidsAsync(cmd)));
        }
        await using (var cmd = system.Database.CreateCommand(
            """
            SELECT DISTINCT ON (cluster_id, sector) news_id FROM risk.contributions
            WHERE cluster_id = $1 ORDER BY cluster_id, sector, published_at, news_id
            """))
        {
            cmd.Parameters.Add(new() { Value = originalId });
            var counted = await ReadGuidsAsync(cmd);
            Assert.NotEmpty(counted);
            Assert.All(counted, id => Assert.Equal(originalId, id));
        }
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
