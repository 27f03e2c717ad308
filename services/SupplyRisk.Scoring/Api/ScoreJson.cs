using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Api;

/// <summary>Compile-time JSON for the score shapes, Web defaults (camelCase) as everywhere else:
/// the answer of <c>POST /v1/score</c> is several KB per request, and the generated code writes
/// it without reflection (<see cref="ScoreJsonResult"/>). In answers, quotes and apostrophes in
/// the evidence sentences are written as they are rather than as \u0027 escapes (the answers are
/// JSON for API clients, never inlined into HTML).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ScoreResult))]
[JsonSerializable(typeof(StoredScoreResponse))]
internal sealed partial class ScoreJson : JsonSerializerContext
{
    /// <summary>The context for answers written through serializer options (a stored score).</summary>
    public static ScoreJson Api { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
