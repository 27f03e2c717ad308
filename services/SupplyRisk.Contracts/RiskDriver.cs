namespace SupplyRisk.Contracts;

/// <summary>One news item behind a sector's current index, with its contribution now
/// (after decay) and at publication.</summary>
public sealed record RiskDriver(
    Guid NewsId,
    string Title,
    string? Url,
    DateTimeOffset PublishedAt,
    double Contribution,
    double InitialContribution);
