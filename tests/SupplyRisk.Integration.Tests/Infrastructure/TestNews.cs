namespace SupplyRisk.Integration.Tests.Infrastructure;

/// <summary>Unique news items for tests: each call gives text no other test or run has sent,
/// so duplicates are only the ones a test makes on purpose.</summary>
internal static class TestNews
{
    private static readonly string[] Bodies =
    [
        "The commerce ministry in Beijing said exporters of gallium and germanium must now apply for licences, and chipmakers warned of shortages of wafers for radar and power chips.",
        "China's customs data showed rare earth magnet exports fell sharply after new export controls, and carmakers said EV motor lines could stop within weeks.",
        "Beijing granted export licences to magnet suppliers of US automakers, and shipments of neodymium magnets are expected to resume next month.",
        "A new rare-earth separation plant in Texas began commercial output, adding supply outside China for defence contractors and missile makers.",
    ];

    public static object Item(string tag, int i, DateTimeOffset? publishedAt = null) => new
    {
        title = $"Test item {tag} {i}: supply news",
        body = $"{Bodies[i % Bodies.Length]} Reference {tag}-{i}-{Guid.NewGuid():N}.",
        publishedAt = (publishedAt ?? DateTimeOffset.UtcNow.AddMinutes(-5)).ToString("O"),
        source = "integration-test",
        url = $"https://news.example/test/{tag}/{i}/{Guid.NewGuid():N}",
    };

    public static object[] Batch(string tag, int count, int offset = 0) =>
        Enumerable.Range(offset, count).Select(i => Item(tag, i)).ToArray();
}
