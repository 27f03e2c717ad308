using System.Text.Json;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Api;

/// <summary>Writes a score straight into the response buffer (<see cref="ScoreResultWriter"/>):
/// no reflection and none of the resumable async machinery that <c>Results.Json</c> goes
/// through, which took about a quarter of the endpoint's CPU.</summary>
internal sealed class ScoreJsonResult(ScoreResult score) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ScoreResultWriter.WriterOptions))
        {
            ScoreResultWriter.Write(writer, score);
        }
        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }
}
