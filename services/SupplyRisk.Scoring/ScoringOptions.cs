using System.ComponentModel.DataAnnotations;

namespace SupplyRisk.Scoring;

/// <summary>The <c>Scoring</c> configuration section.</summary>
public sealed class ScoringOptions
{
    public const string Section = "Scoring";

    /// <summary>Largest body <c>POST /v1/score</c> accepts; larger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Messages scored and written together (one INSERT per batch).</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a partial batch waits for more messages.</summary>
    [Range(1, 5000)]
    public int BatchTimeLimitMs { get; set; } = 20;

    [Range(1, 16)]
    public int ConcurrentBatches { get; set; } = 2;
}
