using System.Buffers;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Api;

/// <summary>Writes a score straight into the response (<see cref="ScoreResultWriter"/>): no
/// reflection and none of the resumable async machinery that <c>Results.Json</c> goes through,
/// which took about a quarter of the endpoint's CPU. The answer is written into a reused buffer
/// first so that it goes out with a Content-Length in one piece, rather than as HTTP chunks,
/// each with its own framing, at every 4 KB block the writer asks the response for.</summary>
internal sealed class ScoreJsonResult(ScoreResult score) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        var json = ScoreResultWriter.ToUtf8(score);
        response.ContentLength = json.Length;
        response.BodyWriter.Write(json.Span);
        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }
}
