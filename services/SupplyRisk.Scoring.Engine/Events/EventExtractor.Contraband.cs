using SupplyRisk.Scoring.Engine.Lexicon;
using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>Smuggled goods seized, told in any order: "customs seized 20 tonnes of antimony
/// smuggled through a third country", "police confiscated 3 tonnes of gallium that smugglers
/// had tried to move", "smuggled antimony worth 2 million dollars was seized". The phrases of
/// the disruption group hold the orders where "smuggled" comes first ("tonnes of smuggled");
/// here the material sits between, or before the verb. It is a supply disruption, as those are:
/// supply that was leaving the country by another road is stopped.</summary>
internal sealed partial class EventExtractor
{
    // The disruption a crackdown or a seizure of smuggled goods tells (needing a material in its
    // own sentence, as the phrases do).
    private readonly EventRule? _contrabandSeized = lexicon.Phrases.FirstOrDefault(
        r => r.Type == "supply_disruption" && !r.SupplySpecific && !r.NeedsGoodsAfter && !r.NeedsMaterialBefore);

    private static readonly string[] SeizingVerbs =
        ["seize", "seized", "seizes", "seizing", "confiscate", "confiscated", "confiscates", "confiscating",
         "intercept", "intercepted", "intercepts", "intercepting", "impound", "impounded", "impounds", "impounding"];

    // Words that may stand between the verb and the material it seized: an amount, a container,
    // "smuggled" itself ("seized 20 tonnes of", "intercepted a consignment of smuggled").
    private static readonly string[] SeizedAmountWords =
        ["a", "an", "the", "some", "about", "nearly", "almost", "over", "more", "than", "of", "smuggled", "illegal", "undeclared",
         "tonnes", "tonne", "tons", "ton", "kilograms", "kilogram", "kg", "pounds", "consignment", "consignments", "cargo", "cargoes",
         "haul", "batch", "batches", "bags", "crates", "truckloads", "containers", "million", "thousand", "hundreds", "dozens"];

    // Words that may stand between the material and a passive verb after it ("smuggled antimony
    // worth 2 million dollars was seized").
    private static readonly string[] SeizedPassiveWords =
        ["worth", "valued", "at", "about", "over", "more", "than", "million", "thousand", "dollars", "yuan", "euros", "of",
         "concentrate", "ore", "ingots", "powder", "was", "were", "been", "has", "have", "had", "being"];

    private const int MaxGapWords = 6;

    private void AddContrabandSeized(ReadOnlySpan<char> text, SentenceSpan sentence, in SentenceFacts f, ScoringScratch scratch)
    {
        if (_contrabandSeized is not { } rule || f.Materials == 0 || HasCandidateOfType(scratch, rule.Type))
        {
            return;
        }

        var mentions = scratch.Mentions;
        for (var v = f.MentionFrom; v < f.MentionTo; v++)
        {
            // Most sentences have no verb of seizing: its first letter, then the word, and only
            // then the search for smuggling through the sentence.
            var verb = mentions[v];
            if ((verb.Traits & MentionTraits.Verb) == 0 || (text[verb.Start] | 0x20) is not ('s' or 'c' or 'i')
                || !IsAnyWord(text[verb.Start..verb.End], SeizingVerbs) || TookAsVerb(scratch.Candidates, verb.Start)
                || !SeizesAMaterial(text, mentions, v, f))
            {
                continue;
            }

            if (text[sentence.Start..sentence.End].IndexOf("smuggl", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                var candidate = EventCandidate.OnMention(verb, rule.Type, rule.Direction, rule.Base, rule.SupplySpecific);
                candidate.VerbStart = verb.Start;
                scratch.Candidates.Add(candidate);
            }

            return;
        }
    }

    /// <summary>Whether a material is what the verb at <paramref name="v"/> seized: after it with
    /// only an amount between, or before it as the subject of its passive.</summary>
    private bool SeizesAMaterial(ReadOnlySpan<char> text, GrowBuffer<Mention> mentions, int v, in SentenceFacts f)
    {
        var verb = mentions[v];
        if (v + 1 < f.MentionTo && IsMaterial(mentions[v + 1]) && OnlyWordsOf(text[verb.End..mentions[v + 1].Start], SeizedAmountWords))
        {
            return true;
        }

        return v - 1 >= f.MentionFrom && IsMaterial(mentions[v - 1])
            && OnlyWordsOf(text[mentions[v - 1].End..verb.Start], SeizedPassiveWords)
            && EndsWithPassiveAuxiliary(text[mentions[v - 1].End..verb.Start]);
    }

    private static readonly string[] PassiveAuxiliaries = ["was", "were", "been", "being", "is", "are"];

    private static bool EndsWithPassiveAuxiliary(ReadOnlySpan<char> gap)
    {
        var rest = gap.TrimEnd(' ');
        return IsAnyWord(rest[(rest.LastIndexOf(' ') + 1)..], PassiveAuxiliaries);
    }

    /// <summary>Whether <paramref name="gap"/> holds at most <see cref="MaxGapWords"/> words, each
    /// a figure or one of <paramref name="allowed"/>, and no punctuation but spaces.</summary>
    private static bool OnlyWordsOf(ReadOnlySpan<char> gap, string[] allowed)
    {
        var words = 0;
        foreach (var range in gap.Split(' '))
        {
            var word = gap[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxGapWords || !(IsFigure(word) || IsAnyWord(word, allowed)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFigure(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ','))
            {
                return false;
            }
        }

        return char.IsAsciiDigit(word[0]);
    }
}
