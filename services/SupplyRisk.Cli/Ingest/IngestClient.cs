using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Cli.Ingest;

/// <summary>Posts items to <c>POST /v1/news</c> in arrays and reads each item's outcome.</summary>
internal sealed class IngestClient(HttpClient http, string? apiKey)
{
    private const int MaxRetries = 5;

    /// <summary>One outcome per item, in order: status (new, near_duplicate, duplicate,
    /// rejected), the stored id, what it duplicates, and the reasons of a rejection.</summary>
    public async Task<IReadOnlyList<PostedItem>> PostAsync(IReadOnlyList<RawNewsItem> items, CancellationToken ct)
    {
        var payload = new JsonArray(items.Select(ToJson).ToArray<JsonNode?>()).ToJsonString();
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/news")
            {
                Content = new StringContent(payload, Encoding.UTF8, "application/json"),
            };
            if (!string.IsNullOrEmpty(apiKey))
            {
                request.Headers.Add("X-Api-Key", apiKey);
            }
            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            switch (response.StatusCode)
            {
                case HttpStatusCode.Accepted:
                    return Outcomes(JsonNode.Parse(text)?["items"]?.AsArray(), items.Count, null);
                case HttpStatusCode.BadRequest:
                    var problem = JsonNode.Parse(text);
                    return Outcomes(problem?["items"]?.AsArray(), items.Count, (string?)problem?["detail"] ?? "rejected");
                case HttpStatusCode.Unauthorized:
                    throw new UsageException("the ingest service refused the API key: pass --api-key, set SUPPLYRISK_API_KEY, or run from the repository so deploy/local/.env is found");
                case HttpStatusCode.TooManyRequests when attempt < MaxRetries:
                    await Task.Delay(RetryAfter(response.Headers.RetryAfter, attempt), ct);
                    continue;
                case HttpStatusCode.RequestEntityTooLarge:
                    return items.Select((_, i) => PostedItem.Rejected("the batch is larger than the service accepts; try --batch-size with a smaller number")).ToList();
                default:
                    throw new HttpRequestException($"the ingest service answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
        }
    }

    private static TimeSpan RetryAfter(RetryConditionHeaderValue? header, int attempt) =>
        header?.Delta ?? TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt));

    private static List<PostedItem> Outcomes(JsonArray? results, int count, string? fallback)
    {
        var outcomes = new List<PostedItem>(count);
        for (var i = 0; i < count; i++)
        {
            var node = results is not null && i < results.Count ? results[i] : null;
            if (node is null)
            {
                outcomes.Add(PostedItem.Rejected(fallback ?? "no answer for this item"));
                continue;
            }
            var errors = node["errors"]?.AsArray().Select(e => (string?)e ?? "").ToList() ?? [];
            outcomes.Add(new PostedItem((string?)node["status"] ?? "rejected", (string?)node["id"], (string?)node["duplicateOf"], errors));
        }
        return outcomes;
    }

    private static JsonObject ToJson(RawNewsItem item)
    {
        var json = new JsonObject();
        Add(json, "title", item.Title);
        Add(json, "body", item.Body);
        Add(json, "publishedAt", item.PublishedAt);
        Add(json, "source", item.Source);
        Add(json, "url", item.Url);
        Add(json, "language", item.Language);
        Add(json, "id", item.Id);
        return json;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}

internal sealed record PostedItem(string Status, string? Id, string? DuplicateOf, IReadOnlyList<string> Errors)
{
    public static PostedItem Rejected(string reason) => new("rejected", null, null, [reason]);
}

/// <summary>A mistake the user can fix by calling the tool differently (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
