using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SupplyRisk.Contracts;
using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Api;

[Collection(PipelineCollection.Name)]
public sealed class Scoring_and_risk_api(PipelineFixture system)
{
    [Fact]
    public async Task Scoring_a_text_answers_every_sector_without_storing_anything()
    {
        var tag = Guid.NewGuid().ToString("N");
        using var response = await system.ScoringClient.PostAsJsonAsync("/v1/score", new
        {
            title = $"China halts rare earth magnet exports {tag}",
            body = "Beijing suspended exports of rare earth magnets; carmakers and defence contractors warned of shortages.",
            publishedAt = "2025-04-05T08:00:00Z",
        });
        var body = await response.Content.ReadAsByteArrayAsync();
        var json = JsonNode.Parse(body)!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Sectors.All.Order(), json["sectors"]!.AsArray().Select(s => (string?)s!["sector"]).Order());
        // Written whole into a buffer first, the answer goes out with its length, not in chunks.
        // (HttpClient computes ContentLength from a buffered body, so the header is checked too.)
        Assert.Null(response.Headers.TransferEncodingChunked);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);

        await using var cmd = system.Database.CreateCommand("SELECT count(*) FROM scoring.news_scores WHERE title LIKE $1");
        cmd.Parameters.Add(new() { Value = $"%{tag}%" });
        Assert.Equal(0L, await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Scoring_accepts_plain_text()
    {
        using var response = await system.ScoringClient.PostAsync("/v1/score",
            new StringContent("Gallium exports were suspended.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Blank_plain_text_gets_a_problem()
    {
        using var response = await system.ScoringClient.PostAsync("/v1/score", new StringContent(" \n\t ", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The text is empty.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The service reads and scores a long body, or one sent without its length, on the thread
    // pool rather than on the socket thread (ScoringEndpoints.InlineBodyBytes): same answers.
    [Fact]
    public async Task Long_and_unsized_bodies_are_scored_like_short_ones()
    {
        const string paragraph = "Beijing suspended exports of gallium and germanium to US buyers. ";
        var padding = string.Concat(Enumerable.Repeat("The port handled container traffic as usual this week. ", 800));
        var texts = new[] { paragraph, paragraph + padding };
        Assert.True(Encoding.UTF8.GetByteCount(texts[1]) > 40_000);

        var answers = new List<JsonNode>();
        foreach (var text in texts)
        {
            foreach (var sized in new[] { true, false })
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                HttpContent content = sized ? new ByteArrayContent(bytes) : new StreamContent(new MemoryStream(bytes));
                content.Headers.ContentType = new("text/plain");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/score") { Content = content };
                request.Headers.TransferEncodingChunked = !sized;
                using var response = await system.ScoringClient.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                answers.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
            }
        }
        foreach (var answer in answers)
        {
            Assert.Equal("up", (string?)answer["overall"]);
            Assert.Equal(answers[0]["sectors"]!.ToJsonString(), answer["sectors"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task A_score_request_over_the_size_limit_gets_413_whether_or_not_it_gives_its_length()
    {
        var bytes = new byte[1024 * 1024 + 1];
        Array.Fill(bytes, (byte)'a');
        foreach (var sized in new[] { true, false })
        {
            HttpContent content = sized ? new ByteArrayContent(bytes) : new StreamContent(new MemoryStream(bytes));
            content.Headers.ContentType = new("text/plain");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/score") { Content = content };
            request.Headers.TransferEncodingChunked = !sized;
            using var response = await system.ScoringClient.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("/v1/news/not-a-guid/score", HttpStatusCode.BadRequest)]
    [InlineData("/v1/news/00000000-0000-0000-0000-000000000001/score", HttpStatusCode.NotFound)]
    public async Task Asking_for_a_score_that_does_not_exist_gets_a_problem(string path, HttpStatusCode expected)
    {
        using var response = await system.ScoringClient.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_risk_overview_lists_every_sector_with_a_score_and_its_band()
    {
        var json = JsonNode.Parse(await system.RiskClient.GetStringAsync("/v1/risk"))!;
        var sectors = json["sectors"]!.AsArray();
        Assert.Equal(Sectors.All.Order(), sectors.Select(s => (string?)s!["sector"]).Order());
        foreach (var s in sectors)
        {
            var score = (double)s!["score"]!;
            Assert.InRange(score, 0, 100);
            Assert.Equal(RiskBands.For(score), (string?)s["band"]);
        }
    }

    [Theory]
    [InlineData("/v1/risk/shipping", HttpStatusCode.NotFound)]
    [InlineData("/v1/risk/ev/history?from=2025-01-02&to=2025-01-01", HttpStatusCode.BadRequest)]
    [InlineData("/v1/risk/ev/history?from=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/v1/risk/ev/history?from=2000-01-01&to=2025-01-01&step=1m", HttpStatusCode.BadRequest)]
    [InlineData("/v1/risk/ev/history?step=fortnight", HttpStatusCode.BadRequest)]
    [InlineData("/v1/risk/ev/history?from=9999-12-30&to=9999-12-31T23:59:59.9999999Z", HttpStatusCode.BadRequest)]
    [InlineData("/v1/risk/ev/history?from=0001-01-01T00:00:00Z&to=0001-01-05T00:00:00Z&step=1d", HttpStatusCode.BadRequest)]
    public async Task Bad_risk_queries_get_a_problem(string path, HttpStatusCode expected)
    {
        using var response = await system.RiskClient.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task History_is_served_at_the_requested_step()
    {
        var json = JsonNode.Parse(await system.RiskClient.GetStringAsync("/v1/risk/defence/history?from=2025-01-01T00:00:00Z&to=2025-01-02T00:00:00Z&step=1h"))!;
        var points = json["points"]!.AsArray();
        Assert.Equal(25, points.Count);
        Assert.Equal(DateTimeOffset.Parse("2025-01-01T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse((string)points[1]!["at"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_history_at_the_end_of_the_calendar_is_served_up_to_its_last_day()
    {
        var json = JsonNode.Parse(await system.RiskClient.GetStringAsync("/v1/risk/ev/history?from=9999-12-29T00:00:00Z&to=9999-12-31T00:00:00Z&step=1d"))!;
        var points = json["points"]!.AsArray();
        Assert.Equal(3, points.Count);
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)points[2]!["at"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_history_in_the_first_year_of_the_calendar_is_served_too()
    {
        // Its horizon (280 days before 'from') starts before the earliest date .NET can hold.
        var json = JsonNode.Parse(await system.RiskClient.GetStringAsync("/v1/risk/ev/history?from=0001-01-02T00:00:00Z&to=0001-01-05T00:00:00Z&step=1d"))!;
        var points = json["points"]!.AsArray();
        Assert.Equal(4, points.Count);
        Assert.All(points, p => Assert.Equal(0, (double)p!["news"]!));
    }
}
