using SupplyRisk.Scoring.Engine.Eval;

namespace SupplyRisk.Scoring.Engine.Tests;

public sealed class EvaluationSetTests
{
    [Fact]
    public void Evaluation_set_has_the_agreed_size_and_mix()
    {
        var items = EvalSet.Load();

        Assert.True(items.Count >= 80, $"only {items.Count} items");
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        double Share(string category) => (double)items.Count(i => i.Category == category) / items.Count;
        Assert.InRange(Share("tightening"), 0.38, 0.52);
        Assert.InRange(Share("easing"), 0.24, 0.36);
        Assert.InRange(Share("negative"), 0.20, 0.30);
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Note)));
    }

    [Fact]
    public void Scorer_meets_the_evaluation_targets()
    {
        var report = EvalReport.Run(NewsScorer.Default, EvalSet.Load());

        Assert.True(report.DirectionAccuracy >= 0.90, report.Format());
        Assert.True(report.MicroAverage.F1 >= 0.85, report.Format());
        Assert.All(report.Sectors, s => Assert.True(s.F1 >= 0.85, report.Format()));
        Assert.True(report.NegativeFalsePositiveRate <= 0.05, report.Format());
    }

    /// <summary>The sample news is the longer, harder text: every one of its Markdown items must
    /// come out in the direction its README expects (the Eval program lists any that do not).
    /// An engine change that loses one fails here.</summary>
    [Fact]
    public void Sample_news_keeps_every_expected_direction()
    {
        var result = SampleNews.Run(NewsScorer.Default);

        Assert.True(result.Total >= 37, result.Format());
        Assert.True(result.Agree == result.Total, result.Format());
    }
}
