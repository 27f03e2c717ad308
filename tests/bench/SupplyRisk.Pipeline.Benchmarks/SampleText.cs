namespace SupplyRisk.Pipeline.Benchmarks;

/// <summary>About 3 KB of news-like text per item: two paragraphs of real supply-chain wording
/// (so the scorer finds events) and filler made of random words, so that no two items share
/// enough of their text to be taken for copies of one story (ingest clusters near-duplicates).</summary>
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

    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ren", "sa", "tor", "vel", "an", "dri", "po", "qua", "ste", "nu", "ber", "fi", "gol", "ha", "jun", "ex", "zo"];

    public static (string Title, string Body) For(string run, int index)
    {
        var random = new Random(HashCode.Combine(run, index));
        var filler = Enumerable.Range(0, 8).Select(_ => Sentence(random, 50));
        var body = string.Join("\n\n",
            [Paragraphs[index % Paragraphs.Length], .. filler, Paragraphs[(index + 2) % Paragraphs.Length]]);
        return ($"Benchmark item {run}-{index}: export licences for magnet metals", $"{body}\n\nItem reference {run}-{index}.");
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ =>
            string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Syllables[random.Next(Syllables.Length)])))) + ".";
}
