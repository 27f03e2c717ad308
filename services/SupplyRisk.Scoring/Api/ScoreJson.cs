using System.Text.Json;
using System.Text.Json.Serialization;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Api;

/// <summary>Compile-time JSON for the score shapes, Web defaults (camelCase) as everywhere else:
/// it answers stored scores and reads them back. Fresh scores are written by
/// <see cref="ScoreResultWriter"/>, which must give the same bytes as <see cref="Api"/>. In
/// answers, quotes and apostrophes in the evidence sentences are written as they are rather than
/// as \u0027 escapes (the answers are JSON for API clients, never inlined into HTML).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ScoreResult))]
[JsonSerializable(typeof(StoredScoreResponse))]
internal sealed partial class ScoreJson : JsonSerializerContext
{
    /// <summary>The context for answers written through serializer options (a stored score).</summary>
    public static ScoreJson Api { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = ScoreResultWriter.Encoder,
    });
}
