namespace SupplyRisk.Pipeline.Benchmarks;

/// <summary>About 3 KB of news-like text per item, unique per index, so the benchmark moves
/// realistic payloads through every stage (and the ingest service stores none as a duplicate).</summary>
internal static class SampleText
{
    private static readonly string[] Paragraphs =
    [
        "Officials in Beijing said on Tuesday that exporters of several heavy rare earths, including dysprosium and terbium, must apply for licences before shipping, a step that carmakers and makers of jet actuators said could slow deliveries of high-temperature magnets.",
        "Industry groups in Europe and Japan said stocks of neodymium-iron-boron magnets at parts suppliers would last a few weeks at most, and several asked their governments to raise the matter in trade talks.",
        "Analysts noted that China refines most of the world's rare earths and makes most of its permanent magnets, which leaves electric-vehicle motor lines, missile guidance units and satellite makers exposed when licences are slow.",
        "Separately, a processing plant outside China reported its first commercial output of separated oxides, which buyers welcomed as a small but growing alternative source for defence contractors.",
        "Chipmakers said their inventories of gallium and germanium were sufficient for now, though prices of both metals rose on the spot market after the announcement.",
    ];

    public static (string Title, string Body) For(string run, int index)
    {
        var body = string.Join("\n\n", Enumerable.Range(0, 12).Select(i => Paragraphs[(index + i) % Paragraphs.Length]));
        return ($"Benchmark item {run}-{index}: export licences for magnet metals", $"{body}\n\nItem reference {run}-{index}.");
    }
}
