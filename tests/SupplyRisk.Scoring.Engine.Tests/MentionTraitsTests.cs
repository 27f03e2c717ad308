using SupplyRisk.Scoring.Engine.Events;
using SupplyRisk.Scoring.Engine.Lexicon;
using SupplyRisk.Scoring.Engine.Matching;

namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>The traits a mention carries are those of the payloads it kept, worked out when the
/// scan finds it (what the event rules used to look up in one table per trait).</summary>
public sealed class MentionTraitsTests
{
    [Theory]
    [InlineData("The licences were granted on Monday.", "licences", "Noun, Content, LicenceNoun, RuleNoun")]
    [InlineData("The ministry granted licences for gallium.", "gallium", "Content")]
    [InlineData("The ministry granted licences for gallium.", "granted", "Verb, GrantVerb, TransitiveVerb")]
    // A fall is a movement, and a reduction, which the rules count among the verbs of stopping.
    [InlineData("Exports of germanium fell by half.", "fell", "Verb, StopVerb, MovementVerb")]
    [InlineData("The two sides agreed a trade truce.", "trade truce", "Content, TrucePhrase")]
    public void A_mention_carries_the_traits_of_its_meanings(string text, string word, string expected)
    {
        Assert.Equal(Enum.Parse<MentionTraits>(expected), TraitsOf(text, word));
    }

    [Fact]
    public void Verbs_of_banning_are_controls_of_their_own_and_verbs_of_stopping()
    {
        var banned = TraitsOf("Beijing banned exports of antimony.", "banned");

        Assert.True(banned.HasFlag(MentionTraits.ControlVerb | MentionTraits.StopVerb | MentionTraits.Verb), banned.ToString());
        Assert.False(banned.HasFlag(MentionTraits.Noun), banned.ToString());
    }

    [Fact]
    public void The_traits_of_a_mask_are_those_of_its_payloads_together_and_none_without_one()
    {
        var lexicon = NewsScorer.Default.Lexicon;
        var slotsWithSeveral = 0;
        for (var slot = 0; slot < lexicon.Slots.Length; slot++)
        {
            var count = lexicon.Slots[slot].Length;
            Assert.Equal(MentionTraits.None, lexicon.Traits.Of(slot, 0));
            for (var mask = 1u; mask < 1u << count; mask++)
            {
                var union = MentionTraits.None;
                for (var p = 0; p < count; p++)
                {
                    union |= (mask & (1u << p)) != 0 ? lexicon.Traits.Of(slot, 1u << p) : MentionTraits.None;
                }

                Assert.Equal(union, lexicon.Traits.Of(slot, mask));
            }

            slotsWithSeveral += count > 1 && lexicon.Traits.Of(slot, 1) != lexicon.Traits.Of(slot, 2) ? 1 : 0;
        }

        Assert.True(slotsWithSeveral > 0, "no slot has payloads of different traits, so the union was never tried");
    }

    private static MentionTraits TraitsOf(string text, string word)
    {
        var scratch = new ScoringScratch();
        new MentionScanner(NewsScorer.Default.Lexicon).Scan(text, scratch.Raw, scratch.Mentions);
        var start = text.IndexOf(word, StringComparison.Ordinal);
        foreach (var m in scratch.Mentions.AsSpan())
        {
            if (m.Start == start && m.End == start + word.Length)
            {
                return m.Traits;
            }
        }

        throw new InvalidOperationException($"'{word}' is not a mention of '{text}'.");
    }
}
