using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Tests;

public sealed class Normalising_and_validating
{
    [Fact]
    public void Lines_repeated_with_another_quote_style_or_case_are_kept_once()
    {
        var body = TextNormalizer.NormalizeBody("It's \"final\" — they said.\nIT’S “FINAL” – THEY SAID.\nNext line.", "Headline");
        Assert.Equal("It's \"final\" — they said.\nNext line.", body);
    }

    [Fact]
    public void Control_characters_go_and_paragraphs_stay_apart()
    {
        var body = TextNormalizer.NormalizeBody("First\u0007 line\r\n\r\n\r\nSecond\tline\u200B", "Headline");
        Assert.Equal("First line\n\nSecond line", body);
    }

    [Fact]
    public void A_body_that_is_already_clean_comes_back_as_it_is_without_a_copy()
    {
        var clean = "Licences are now required.\n\nExporters of dysprosium must apply.\nShipments wait.";

        var body = TextNormalizer.NormalizeBody(clean, "Headline");

        Assert.Same(clean, body);
    }

    [Theory]
    [InlineData("\n\nFirst line.\n\n\n\nSecond line.\n\n", "First line.\n\nSecond line.")]
    [InlineData("  First   line. \n \nSecond line.", "First line.\n\nSecond line.")]
    [InlineData("Headline\nFirst line.\nFirst line.", "First line.")]
    [InlineData("Headline", "")]
    public void Blank_runs_spaces_and_repeated_lines_shrink_the_body(string raw, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeBody(raw, "Headline"));
    }

    [Theory]
    [InlineData("2999-01-01T00:00:00Z", "lies in the future")]
    [InlineData("2025-09-05T12:00:00Z", "lies in the future")]
    [InlineData("1850-01-01", "is before 1900")]
    [InlineData("next week", "not an ISO 8601 date")]
    public void Dates_far_in_the_future_or_past_are_rejected(string publishedAt, string reason)
    {
        var (candidate, errors) = Testing.Validator().Validate(new RawNewsItem("t", "b", publishedAt, null, null, null, null, []));
        Assert.Null(candidate);
        Assert.Contains(errors, e => e.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_within_the_allowed_clock_skew_is_accepted()
    {
        var (candidate, errors) = Testing.Validator().Validate(new RawNewsItem("t", "b", "2025-09-03T18:00:00Z", null, null, null, null, []));
        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2025, 9, 3, 18, 0, 0, TimeSpan.Zero), candidate!.PublishedAt);
    }
}
