namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Texts no one would write, built from the words the rules look for and the
/// punctuation the clause checks read (commas, semicolons, question marks, quotes, dashes,
/// line breaks), with dates around the publication date: the scorer must answer every one,
/// and its answer must hold together (evidence quoting the text at its offsets, directions
/// agreeing with contributions, confidences between 0 and 1).</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Words =
    [
        "China", "Beijing", "the", "ban", "on", "exports", "of", "gallium", "germanium", "rare", "earth", "magnets",
        "antimony", "graphite", "licences", "were", "was", "approved", "halted", "lifted", "suspended", "suspension",
        "pause", "truce", "expired", "lapse", "remain", "still", "in", "place", "that", "which", "have", "left",
        "carmakers", "short", "if", "unless", "since", "after", "although", "no", "sign", "not", "kept", "its",
        "prices", "fell", "slumped", "rose", "output", "cut", "quota", "mine", "plant", "reopened", "resumed",
        "shipments", "December", "May", "2024", "2026", "last", "year", "next", "month", "would", "could", "said",
        "back", "force", "reinstated", "extended", "for", "another", "US", "Myanmar", "defence", "chips", "EV",
    ];

    private static readonly string[] Joints = [" ", " ", " ", " ", ", ", "; ", "? ", ". ", " - ", " \u2014 ", "\n", "\n\n", " \"", "\" ", " (", ") "];

    [Fact]
    public void Every_generated_text_gets_an_answer_that_holds_together()
    {
        var random = new Random(20261127);
        var published = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
        var withEvents = 0;
        for (var i = 0; i < 3000; i++)
        {
            var title = i % 3 == 0 ? Text(random, random.Next(0, 10)) : "";
            var news = new NewsText(title, Text(random, random.Next(1, 80)), published);

            var result = NewsScorer.Default.Score(news);

            Assert.Equal(4, result.Sectors.Count);
            var full = news.FullText;
            foreach (var e in result.Events)
            {
                Assert.Equal(full[e.Evidence.Start..e.Evidence.End], e.Evidence.Text);
                Assert.InRange(e.Confidence, 0.0, 1.0);
            }

            foreach (var s in result.Sectors)
            {
                Assert.True(double.IsFinite(s.Contribution), full);
                // A direction needs a contribution of its sign (a small one reads "none").
                Assert.True(s.Direction switch { "up" => s.Contribution > 0, "down" => s.Contribution < 0, "none" => true, _ => false }, full);
                Assert.All(s.Evidence, ev => Assert.Equal(full[ev.Start..ev.End], ev.Text));
            }

            withEvents += result.Events.Count > 0 ? 1 : 0;
        }

        // The texts reached the rules: most of them made events.
        Assert.InRange(withEvents, 1500, 3000);
    }

    private static string Text(Random random, int words)
    {
        var parts = new System.Text.StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var word = Words[random.Next(Words.Length)];
            parts.Append(random.Next(8) == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            parts.Append(Joints[random.Next(Joints.Length)]);
        }

        return parts.ToString();
    }
}
