using System.Text;
using SupplyRisk.Scoring.Api;

namespace SupplyRisk.Scoring.Tests;

/// <summary>The pooled buffer a score request is read into: laid out as the scorer's full text
/// (title, blank line, body), so evidence offsets mean the same as for stored items.</summary>
public sealed class Holding_score_inputs
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_title_and_a_body_are_joined_by_a_blank_line_as_NewsText_joins_them()
    {
        using var input = ScoreInput.Join("Gallium halt", "Exports stopped.", Now);
        var news = new Engine.NewsText("Gallium halt", "Exports stopped.", Now);

        Assert.Equal(news.FullText, input.FullText.ToString());
        Assert.Equal(("Gallium halt", "Exports stopped.", 12), (input.Title, input.Body, input.TitleLength));
    }

    [Fact]
    public void Without_a_title_the_text_is_the_body_alone()
    {
        using var input = ScoreInput.Join("", "Exports stopped.", Now);

        Assert.Equal("Exports stopped.", input.FullText.ToString());
        Assert.Equal(("", "Exports stopped."), (input.Title, input.Body));
    }

    [Fact]
    public void Plain_text_is_decoded_and_blank_text_refused()
    {
        using var input = ScoreInput.FromPlainText(Encoding.UTF8.GetBytes("Gallium été 镓 exports"), Now);

        Assert.Equal("Gallium été 镓 exports", input!.FullText.ToString());
        Assert.Equal(0, input.TitleLength);
        Assert.Null(ScoreInput.FromPlainText(" \n\t "u8, Now));
        Assert.Null(ScoreInput.FromPlainText([], Now));
    }

    [Fact]
    public void A_disposed_input_cannot_be_read()
    {
        var input = ScoreInput.Join("T", "B", Now);
        input.Dispose();
        input.Dispose(); // a second dispose gives nothing back twice

        Assert.Throws<ObjectDisposedException>(() => input.FullText.Length);
    }
}
