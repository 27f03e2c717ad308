using SupplyRisk.Scoring.Engine.Events;
using SupplyRisk.Scoring.Engine.Lexicon;
using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine.Tests;

public sealed class MatchingTests
{
    [Theory]
    [InlineData("Supplies of RARE-EARTH from Asia are short.", "RARE-EARTH")]
    [InlineData("Supplies of rare earth from Asia are short.", "rare earth")]
    [InlineData("Supplies of Rare\u2013Earths are short.", "Rare\u2013Earths")]
    [InlineData("Makers of NdFeB parts are busy.", "NdFeB")]
    [InlineData("Makers of neodymium-iron-boron parts are busy.", "neodymium-iron-boron")]
    public void Material_mentions_match_across_case_and_hyphens_with_exact_offsets(string text, string expected)
    {
        var found = Materials(text);

        var (start, end, _) = Assert.Single(found);
        Assert.Equal(expected, text[start..end]);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), start);
    }

    [Fact]
    public void Words_inside_other_words_do_not_match()
    {
        Assert.Empty(Materials("A rare earthquake shook the region; the galliumless alloy was fine."));
    }

    [Fact]
    public void Case_sensitive_symbols_need_their_written_form()
    {
        Assert.Contains(Materials("Prices of Dy rose."), m => m.Id == "dysprosium");
        Assert.DoesNotContain(Materials("He said dy was fine."), m => m.Id == "dysprosium");
    }

    [Fact]
    public void Longest_mention_wins()
    {
        var found = Materials("Rare earth magnets are scarce.");

        Assert.Equal("rare_earth_magnets", Assert.Single(found).Id);
    }

    [Theory]
    [InlineData("Exports to the U.S. fell sharply. Prices rose 2.5 percent in Jan. after the news.", 2)]
    [InlineData("Acme Inc. said output rose. Mr. Smith agreed!", 2)]
    [InlineData("Title line\n\nFirst sentence. Second one? Third.", 4)]
    public void Sentence_splitter_respects_abbreviations_and_decimals(string text, int expected)
    {
        var buffer = new GrowBuffer<SentenceSpan>(4);
        SentenceSplitter.Split(text, buffer);

        Assert.Equal(expected, buffer.Count);
    }

    private static List<(int Start, int End, string Id)> Materials(string text)
    {
        var lexicon = NewsScorer.Default.Lexicon;
        var scratch = new ScoringScratch();
        new MentionScanner(lexicon).Scan(text, scratch.Raw, scratch.Mentions);
        var found = new List<(int, int, string)>();
        foreach (var m in scratch.Mentions.AsSpan())
        {
            var payloads = lexicon.Slots[m.Slot];
            for (var p = 0; p < payloads.Length; p++)
            {
                if (payloads[p].Kind == MentionKind.Material && (m.PayloadMask & (1u << p)) != 0)
                {
                    found.Add((m.Start, m.End, lexicon.Materials[payloads[p].Id].Id));
                }
            }
        }

        return found;
    }
}
