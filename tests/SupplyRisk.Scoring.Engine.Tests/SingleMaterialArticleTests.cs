namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A story that names a single material is about it throughout: a sentence deep in it
/// that tells of supply without naming the material ("the suspension would be extended") takes
/// it, though the sentences beside it name none. With two materials or more, it cannot tell
/// which, and takes only what its neighbours name.</summary>
public sealed class SingleMaterialArticleTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string title, string body) => NewsScorer.Default.Score(new NewsText(title, body, Published));

    [Fact]
    public void A_sentence_far_from_the_material_of_a_single_material_story_takes_it()
    {
        var result = Score(
            "Beijing keeps gallium pause",
            "China banned gallium exports to the United States in December 2024. The ban was suspended in November 2025 for a year. "
            + "On Tuesday the ministry said the suspension would be extended to the end of 2027. Since the controls began, prices in Rotterdam have roughly doubled.");

        // Read as nothing before: neither sentence beside it names a material.
        var extended = Assert.Single(result.Events, e => e.Evidence.Text.StartsWith("On Tuesday", StringComparison.Ordinal));
        Assert.Equal("controls_suspended", extended.Type);
        Assert.Equal(["gallium"], extended.Materials);
        Assert.False(extended.Background);
    }

    [Fact]
    public void A_story_of_two_materials_lends_neither_beyond_the_next_sentence()
    {
        var result = Score(
            "Gallium and germanium exporters meet officials",
            "Gallium exporters met officials in Beijing on Monday. The meeting lasted four hours. "
            + "Officials said the suspension would be extended to the end of 2027. Nothing else was announced. Germanium traders were not invited.");

        Assert.DoesNotContain(result.Events, e => e.Evidence.Text.StartsWith("Officials said", StringComparison.Ordinal));
    }
}
