namespace SupplyRisk.Deploy.Tests;

/// <summary>One sample news item as the importer would see it, with where it came from.</summary>
internal sealed record SeedNewsItem(
    string Origin,
    string Format,
    string? Title,
    string? Body,
    string? PublishedAt,
    string? Source,
    string? Url,
    string? Language);
