using Microsoft.Extensions.Options;
using SupplyRisk.Scoring.Engine;
using SupplyRisk.Scoring.Scoring;
using SupplyRisk.ServiceDefaults.Http;
using SupplyRisk.ServiceDefaults.Security;

namespace SupplyRisk.Scoring.Api;

internal static class ScoringEndpoints
{
    // The service runs requests on the socket threads (SocketTransport:Inline in
    // appsettings.json), where a long one would hold up every connection that thread polls.
    // Scoring takes about 8 µs per KB, so a body above this size (a quarter of a millisecond
    // or more), or of a size not given, is read, parsed and scored on the thread pool instead.
    private const int InlineBodyBytes = 32 * 1024;

    public static IEndpointRouteBuilder MapScoringApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/score", ScoreText)
            .WithTags("Scoring")
            .RequireApiKeyForReads()
            .RequireRateLimiting(RateLimits.Compute)
            .WithName("ScoreText")
            .WithSummary("Score a news text without storing it")
            .WithDescription("Takes the news-item JSON (title, body, publishedAt) or text/plain, and answers how it moves "
                + "each sector's risk, with the events and evidence behind it.")
            .Accepts<ScoreRequest>("application/json", "text/plain")
            .Produces<ScoreResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        app.MapGet("/v1/news/{id}/score", GetStoredScore)
            .WithTags("Scoring")
            .RequireApiKeyForReads()
            .WithName("GetNewsScore")
            .WithSummary("A stored item's score with its explanation")
            .Produces<StoredScoreResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ScoreText(HttpRequest request, NewsScorer scorer, IOptions<ScoringOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (!(request.ContentLength <= InlineBodyBytes))
        {
            await Task.Yield();
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
        ScoreInput news;
        if (request.HasJsonContentType())
        {
            var (parsed, error) = ScoreRequest.Parse(utf8, clock.GetUtcNow());
            if (parsed is null)
            {
                return Problems.BadRequest(error!);
            }
            news = parsed;
        }
        else if (request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (ScoreInput.FromPlainText(utf8.Span, clock.GetUtcNow()) is not { } text)
            {
                return Problems.BadRequest("The text is empty.");
            }
            news = text;
        }
        else
        {
            return Problems.UnsupportedMediaType("Send application/json (a news item) or text/plain.");
        }

        using var input = news;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = scorer.Score(input.FullText, input.TitleLength, input.PublishedAt);
        ScoringMetrics.Duration.Observe(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return new ScoreJsonResult(result);
    }

    private static async Task<IResult> GetStoredScore(string id, ScoreStore store, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var newsId))
        {
            return Problems.BadRequest($"'{id}' is not a news item id (a UUID).");
        }
        var stored = await store.FindAsync(newsId, ct);
        return stored is null
            ? Problems.NotFound($"No score is stored for news item {newsId} (yet).")
            : Results.Json(new StoredScoreResponse(stored.NewsId, stored.Title, stored.Url, stored.Source, stored.PublishedAt,
                stored.ScoredAt, stored.Score.ModelVersion, stored.Score.Overall, stored.Score.Sectors, stored.Score.Events), ScoreJson.Api.StoredScoreResponse);
    }
}
