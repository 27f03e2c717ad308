namespace SupplyRisk.Scoring.Engine;

/// <summary>A news item as the scorer reads it. Offsets in the result point into
/// <see cref="FullText"/>: the title, a blank line, then the body (just the body when the
/// title is empty).</summary>
public sealed record NewsText(string Title, string Body, DateTimeOffset PublishedAt)
{
    public string FullText => Title.Length == 0 ? Body : Title + "\n\n" + Body;
}

/// <summary>A span of <see cref="NewsText.FullText"/>; <c>End</c> is exclusive.</summary>
public sealed record Evidence(string Text, int Start, int End);

/// <summary>The scorer's answer for one item: overall direction (<c>up</c>, <c>down</c>,
/// <c>none</c>), every sector (untouched ones with direction <c>none</c> and contribution 0)
/// and the events it read, each with its evidence.</summary>
public sealed record ScoreResult(
    string ModelVersion,
    string Overall,
    IReadOnlyList<SectorScore> Sectors,
    IReadOnlyList<ScoredEvent> Events)
{
    /// <summary>The item's net effect in index points before sector weighting (positive raises
    /// risk); <see cref="Overall"/> is its direction.</summary>
    public double OverallContribution { get; init; }
}

/// <summary>One sector's signed contribution in index points (positive raises risk).</summary>
public sealed record SectorScore(
    string Sector,
    string Direction,
    double Contribution,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Countries);

/// <summary>One event read in one sentence.</summary>
/// <param name="Background">True when the sentence recalls an older event rather than
/// reporting a new fact; background weighs little.</param>
public sealed record ScoredEvent(
    string Type,
    string Direction,
    bool Background,
    double Confidence,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Sectors,
    Evidence Evidence);

/// <summary>A sector's slow structural risk (0–100) with every term that makes it up.</summary>
public sealed record SectorBaseline(string Sector, double Score, IReadOnlyList<BaselineTerm> Terms);

/// <summary>One visible term of a structural baseline (e.g. supply concentration).</summary>
public sealed record BaselineTerm(string Name, double Value, string Description);
