using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Api;

/// <summary>Compile-time JSON for the score shapes: the answer of <c>POST /v1/score</c> is
/// several KB per request, and the generated writer serialises it without reflection.
/// Web defaults (camelCase) as everywhere else; quotes and apostrophes in the evidence
/// sentences are written as they are rather than as \u0027 escapes (the answer is JSON for API
/// clients, never inlined into HTML).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ScoreResult))]
[JsonSerializable(typeof(StoredScoreResponse))]
internal sealed partial class ScoreJson : JsonSerializerContext
{
    /// <summary>The context every score is written and read with.</summary>
    public static ScoreJson Api { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
