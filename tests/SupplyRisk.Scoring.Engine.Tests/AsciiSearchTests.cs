using SupplyRisk.Scoring.Engine.Matching;

namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>The engine's own case-insensitive searches give what the runtime's OrdinalIgnoreCase
/// searches give, first and last occurrence alike.</summary>
public sealed class AsciiSearchTests
{
    [Theory]
    [InlineData("Prices in China fell IN March", " in ", 6)]
    [InlineData("Prices in China fell IN March", " IN ", 6)]
    [InlineData("Exporters WAIT 30 days", " wait ", 9)]
    [InlineData("no match here", "gallium", -1)]
    [InlineData("ends with from", " from", 9)]
    [InlineData("ab", "abc", -1)]
    [InlineData("n't and n\u2019t", "n\u2019t", 8)]
    [InlineData(" , ; ", " ; ", 2)] // no letter in the value
    [InlineData("anything", "", 0)]
    public void Finds_the_first_occurrence(string text, string value, int expected)
    {
        Assert.Equal(expected, text.AsSpan().IndexOfIgnoreCase(value));
        Assert.Equal(expected >= 0, text.AsSpan().ContainsIgnoreCase(value));
    }

    [Theory]
    [InlineData("Prices in China fell IN March", " in ", 20)]
    [InlineData("the domestic and DOMESTIC prices", "domestic ", 17)]
    [InlineData("a wait", " wait", 1)]
    [InlineData("wait", " wait", -1)] // the space before has no room
    [InlineData("of of", " of ", -1)]
    public void Finds_the_last_occurrence(string text, string value, int expected)
    {
        Assert.Equal(expected, text.AsSpan().LastIndexOfIgnoreCase(value));
    }

    [Fact]
    public void Agrees_with_the_runtime_on_random_text()
    {
        var random = new Random(20261128);
        const string alphabet = "aAbB xX.,";
        string Make(int length) => new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        for (var i = 0; i < 20_000; i++)
        {
            var text = Make(random.Next(0, 30));
            var value = Make(random.Next(0, 5));
            Assert.Equal(text.IndexOf(value, StringComparison.OrdinalIgnoreCase), text.AsSpan().IndexOfIgnoreCase(value));
            Assert.Equal(text.AsSpan().LastIndexOf(value.AsSpan(), StringComparison.OrdinalIgnoreCase), text.AsSpan().LastIndexOfIgnoreCase(value));
        }
    }
}
