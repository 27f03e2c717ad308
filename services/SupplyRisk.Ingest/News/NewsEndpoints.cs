using System.Text.Json;
using Microsoft.Extensions.Options;
using SupplyRisk.ServiceDefaults.Http;
using SupplyRisk.ServiceDefaults.Security;

namespace SupplyRisk.Ingest.News;

internal static class NewsEndpoints
{
    public static IEndpointRouteBuilder MapNewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/news").WithTags("News");
        group.MapPost("/", PostNews)
            .RequireApiKey()
            .RequireRateLimiting(RateLimits.Writes)
            .WithName("PostNews")
            .WithSummary("Submit one news item or an array of them")
            .WithDescription("Answers 202 with each item's id and whether it was new or a duplicate; in an array, "
                + "valid items are accepted and each invalid one is reported with its reasons.")
            .Accepts<JsonElement>("application/json")
            .Produces<IngestResult>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> PostNews(HttpRequest request, IngestService ingest, IOptions<IngestOptions> options, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return Problems.UnsupportedMediaType("Send news items as JSON with Content-Type: application/json.");
        }
        using var read = await RequestBody.ReadAsync(request, options.Value.MaxRequestBytes, ct);
        if (read.Error is not null)
        {
            return read.Error;
        }
        if (!RequestBody.TryGetUtf8(read.Bytes, out var utf8))
        {
            return Problems.BadRequest("The request body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return Problems.BadRequest($"The request body is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            var isArray = root.ValueKind == JsonValueKind.Array;
            var items = isArray
                ? root.EnumerateArray().Select(RawNewsItem.FromJson).ToList()
                : [RawNewsItem.FromJson(root)];
            if (items.Count == 0)
            {
                return Problems.BadRequest("The array holds no items.");
            }
            if (items.Count > options.Value.MaxItemsPerRequest)
            {
                return Problems.BadRequest($"At most {options.Value.MaxItemsPerRequest} items per request; this one has {items.Count}.");
            }

            var result = await ingest.IngestAsync(items, SourceKinds.Api, ct);
            if (result.Rejected == items.Count)
            {
                // Nothing was acceptable: a client error, with every item's reasons.
                var detail = isArray
                    ? "No item in the array is valid."
                    : "The item is not valid: " + string.Join("; ", result.Items[0].Errors ?? []) + ".";
                return Problems.BadRequest(detail, new Dictionary<string, object?> { ["items"] = result.Items });
            }
            return Results.Json(result, statusCode: StatusCodes.Status202Accepted);
        }
    }
}
