using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SupplyRisk.Integration.Tests.Infrastructure;

namespace SupplyRisk.Integration.Tests.Api;

/// <summary>Bad input gets a 4xx with a message and stores nothing; the good items of a batch
/// are still accepted.</summary>
[Collection(PipelineCollection.Name)]
public sealed class Ingest_api(PipelineFixture system)
{
    [Fact]
    public async Task A_write_without_the_api_key_is_refused_with_401()
    {
        using var anonymous = new HttpClient { BaseAddress = system.Ingest.BaseAddress };
        using var response = await anonymous.PostAsync("/v1/news", Json("""{"title":"t","body":"b"}"""));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"title":"unterminated""", "not valid JSON")]
    [InlineData("""{"title":5,"body":"b"}""", "'title' must be a string")]
    [InlineData("""{"title":"t"}""", "'body' is required")]
    [InlineData("""{"title":"t","body":"   "}""", "'body' is empty")]
    [InlineData("""{"title":"t","body":"b","publishedAt":"2999-01-01T00:00:00Z"}""", "lies in the future")]
    [InlineData("""{"title":"t","body":"b","publishedAt":"last tuesday"}""", "not an ISO 8601 date")]
    [InlineData("""{"title":"t","body":"b","url":"ftp://x"}""", "absolute http(s) URL")]
    [InlineData("[]", "no items")]
    [InlineData("42", "must be a JSON object")]
    [InlineData("""{"title":"half a pair \ud800","body":"b"}""", "lone UTF-16 surrogate")]
    [InlineData("""[{"title":"t","body":"b","\udc00":1}]""", "lone UTF-16 surrogate")]
    public async Task Invalid_input_gets_400_with_a_message_saying_what_is_wrong(string body, string message)
    {
        using var response = await system.IngestClient.PostAsync("/v1/news", Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_gets_400()
    {
        var content = new ByteArrayContent([.. "{\"title\":\""u8, 0xC3, 0x28, .. "\",\"body\":\"b\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await system.IngestClient.PostAsync("/v1/news", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var huge = "{\"title\":\"t\",\"body\":\"" + new string('x', 9 * 1024 * 1024) + "\"}";
        // Expect: 100-continue, as a well-behaved client sends for a large upload: the service
        // refuses by its Content-Length before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/news") { Content = Json(huge) };
        request.Headers.ExpectContinue = true;
        using var response = await system.IngestClient.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than the limit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_retry_after()
    {
        // No API key: this client is limited by its address, apart from the tests' key.
        // 600 requests against a burst of 400 refilled at 200/s, 20 at a time, on 127.0.0.1.
        using var anonymous = new HttpClient { BaseAddress = system.Ingest.BaseAddress };
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpResponseMessage>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 600), new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (_, ct) =>
            statuses.Add(await anonymous.PostAsync("/v1/news", Json("{}"), ct)));

        var limited = statuses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.All(statuses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.TooManyRequests, HttpStatusCode.Unauthorized }));
        Assert.True(limited[0].Headers.RetryAfter is not null, "429 without Retry-After");
        Assert.Equal("application/problem+json", limited[0].Content.Headers.ContentType?.MediaType);
        foreach (var r in statuses)
        {
            r.Dispose();
        }
        // Leave a full bucket to the tests that follow (400 tokens at 200 per second).
        await Task.Delay(TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        using var response = await system.IngestClient.PostAsync("/v1/news", new StringContent("title: x", Encoding.UTF8, "text/yaml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task In_a_mixed_batch_the_good_items_are_stored_and_each_bad_one_is_reported()
    {
        var good = TestNews.Item("mixed", 1);
        var body = new JsonArray(
            JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(good)),
            new JsonObject { ["title"] = "no body" },
            JsonValue.Create("not an object"));
        var result = await system.PostNewsAsync(body);

        Assert.Equal(1, (int)result["accepted"]!);
        Assert.Equal(2, (int)result["rejected"]!);
        var items = result["items"]!.AsArray();
        Assert.Equal("new", (string?)items[0]!["status"]);
        Assert.Equal("rejected", (string?)items[1]!["status"]);
        Assert.Equal("'body' is required", (string?)items[1]!["errors"]![0]);
        Assert.Equal("rejected", (string?)items[2]!["status"]);

        var id = Guid.Parse((string)items[0]!["id"]!);
        await using var cmd = system.Database.CreateCommand("SELECT count(*) FROM ingest.news_items WHERE id = $1 OR title = 'no body'");
        cmd.Parameters.Add(new() { Value = id });
        Assert.Equal(1L, await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Exact_duplicates_are_found_by_url_by_client_id_and_by_content_even_when_posted_at_once()
    {
        var tag = Guid.NewGuid().ToString("N");
        var url = $"https://news.example/exact/{tag}";
        var original = await system.PostNewsAsync(new { id = $"client-{tag}", title = $"Gallium licences {tag}", body = $"China approved gallium export licences. {tag}", url });
        var originalId = Assert.Single(PipelineFixture.NewIds(original));

        // Same URL, other text; same client id, other URL and text; same text without URL or id.
        var sameUrl = await system.PostNewsAsync(new { title = "Updated headline", body = $"Revised text {tag}", url });
        var sameClientId = await system.PostNewsAsync(new { id = $"client-{tag}", title = "Other", body = $"Other text {tag}", url = url + "/other" });
        var sameContent = await system.PostNewsAsync(new { title = $"Gallium licences {tag}", body = $"China approved gallium export licences. {tag}" });
        foreach (var result in new[] { sameUrl, sameClientId, sameContent })
        {
            var outcome = result["items"]![0]!;
            Assert.Equal("duplicate", (string?)outcome["status"]);
            Assert.Equal(originalId.ToString(), (string?)outcome["duplicateOf"]);
        }

        // Eight requests at once with one new URL: the unique keys, not the lookup before the
        // insert, settle the race, and exactly one of them stores an item.
        var raceUrl = url + "/race";
        var race = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            system.PostNewsAsync(new { title = $"Race {i} {tag}", body = $"Racing text number {i} for {tag}", url = raceUrl })));
        Assert.Equal(1, race.Sum(r => PipelineFixture.NewIds(r).Count));
        await using var cmd = system.Database.CreateCommand("SELECT count(*) FROM ingest.news_items WHERE url LIKE $1");
        cmd.Parameters.Add(new() { Value = url + "%" });
        Assert.Equal(2L, await cmd.ExecuteScalarAsync()); // the original and the race's winner
    }

    [Fact]
    public async Task Repeated_lines_such_as_a_scraped_caption_are_kept_once()
    {
        var tag = Guid.NewGuid().ToString("N");
        var result = await system.PostNewsAsync(new
        {
            title = $"Magnet exports resume {tag}",
            body = $"Magnet exports resume {tag}\nA container ship at a port.\nA container ship at a port.\n\n\nLicences were granted to three suppliers.",
        });
        var id = Assert.Single(PipelineFixture.NewIds(result));
        await using var cmd = system.Database.CreateCommand("SELECT body FROM ingest.news_items WHERE id = $1");
        cmd.Parameters.Add(new() { Value = id });
        Assert.Equal("A container ship at a port.\n\nLicences were granted to three suppliers.", await cmd.ExecuteScalarAsync());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
