using SupplyRisk.Scoring.Engine.Matching;

namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>The phrase trie against the plainest search that follows its rules: a phrase
/// matches where the folded text equals it, starts at a word start unless it begins with
/// punctuation, and does not end inside a word.</summary>
public sealed class PhraseTrieTests
{
    private static readonly string[] WordPhrases =
    [
        "rare earth", "rare earth magnets", "magnets", "gallium", "ga", "export ban", "exports", "u.s.", "us",
        "ndfeb", "neodymium iron boron", "3d", "2025", "it's", "china's export", "a",
    ];

    // Phrases that begin with punctuation make the trie try every character, not only word starts.
    private static readonly string[] PunctuationPhrases = ["'s", ".5", "-ban", "/t"];

    private static readonly string[] Pieces =
    [
        "rare", "earth", "Rare-Earth", "RARE", "magnets", "magnetsx", "Gallium", "GA", "ga", "galliumless", "export",
        "ban", "exports", "U.S.", "US", "us", "usa", "NdFeB", "neodymium", "iron", "boron", "3D", "3d", "2025",
        "20251", "it's", "it\u2019s", "China's", "china\u2019s", "a", "an", "A1", "bans", "s", "t", "5", ".5", "'s",
        "per-t", "/t", "x", "word", "supercalifragilisticexpialidocious-sized", "\u00E9t\u00E9", "\u2013", "-",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "  ", "-", "\u2013", ", ", ". ", "\n", "/", "'", "\u00A0", "", ":"];

    [Fact]
    public void Word_mask_marks_exactly_the_word_characters_for_every_char()
    {
        Span<char> block = stackalloc char[64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            block.Fill((char)c);
            // Neighbours of another kind in every other slot, so a bit landing in the wrong place shows.
            for (var k = 1; k < 64; k += 2)
            {
                block[k] = k % 4 == 1 ? 'q' : ' ';
            }

            var mask = PhraseTrie.WordMask(block);
            for (var k = 0; k < 64; k++)
            {
                Assert.True(((mask >> k) & 1) == (CharClasses.IsWordChar(block[k]) ? 1UL : 0UL), $"char U+{c:X4} at {k}");
            }

            Assert.Equal(mask, PhraseTrie.WordMask(block[..63]) | (CharClasses.IsWordChar(block[63]) ? 1UL << 63 : 0));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Scan_finds_what_a_plain_search_finds(bool withPunctuationPhrases)
    {
        var patterns = withPunctuationPhrases ? [.. WordPhrases, .. PunctuationPhrases] : WordPhrases;
        var trie = new PhraseTrie(patterns.Select(CharClasses.Fold).ToList());
        var folded = patterns.Select(CharClasses.Fold).ToArray();
        var random = new Random(20261127);
        AssertScansMatchPlainSearch(trie, folded, Enumerable.Range(0, 400).Select(_ => RandomText(random, random.Next(0, 90))));
    }

    [Fact]
    public void A_large_trie_with_shared_prefixes_finds_what_a_plain_search_finds()
    {
        // Thousands of nodes, families of every size: the double array's placement of children
        // (slots shared between families, bases near the end) is exercised as with the lexicon.
        var random = new Random(20261128);
        var stems = Enumerable.Range(0, 60).Select(_ => RandomWord(random, 2, 5)).ToArray();
        var words = stems.SelectMany(stem => Enumerable.Range(0, 4).Select(_ => stem + RandomWord(random, 0, 4))).Distinct().ToArray();
        var phrases = Enumerable.Range(0, 1500)
            .Select(_ => string.Join(random.Next(4) == 0 ? "-" : " ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => words[random.Next(words.Length)])))
            .Distinct().ToArray();
        var folded = phrases.Select(CharClasses.Fold).ToArray();
        var trie = new PhraseTrie(folded);
        Assert.True(trie.NodeCount > 3000, $"only {trie.NodeCount} nodes");
        Assert.InRange(trie.SlotCount, trie.NodeCount, 2 * trie.NodeCount);

        AssertScansMatchPlainSearch(trie, folded, Enumerable.Range(0, 60)
            .Select(_ => string.Join(" ", Enumerable.Range(0, 60).Select(_ => random.Next(3) == 0 ? RandomWord(random, 1, 6) : words[random.Next(words.Length)]))));
    }

    [Fact]
    public void A_chain_of_single_children_sits_in_consecutive_slots()
    {
        // "dy" branches (dysprosium, dynamo); from "dys" and from "dyn" on, each node has a
        // single child until the phrase ends. The first child of such a chain may have to go
        // elsewhere (the slot after its parent's was taken by the parent's siblings); every
        // later one sits in the slot after the one before.
        string[] phrases = ["dysprosium", "dynamo", "dy", "gallium", "germanium", "graphite", "gas"];
        var trie = new PhraseTrie(phrases);
        foreach (var (word, from) in new[] { ("dysprosium", 4), ("dynamo", 4), ("graphite", 3), ("gallium", 4), ("germanium", 3) })
        {
            for (var k = from; k < word.Length; k++)
            {
                Assert.True(trie.SlotOf(word[..(k + 1)]) == trie.SlotOf(word[..k]) + 1,
                    $"'{word[..(k + 1)]}' at slot {trie.SlotOf(word[..(k + 1)])}, '{word[..k]}' at {trie.SlotOf(word[..k])}");
            }
        }

        Assert.Equal(-1, trie.SlotOf("dyx"));
        Assert.NotEqual(-1, trie.SlotOf("dysprosium"));
    }

    [Fact]
    public void The_lexicons_tails_mostly_sit_in_consecutive_slots()
    {
        // A step from a node with a single child lands in the next slot unless the slot beside
        // the chain's first node was taken already (then the chain goes on from the end).
        var trie = NewsScorer.Default.Lexicon.Trie;
        Assert.True(trie.ChainSteps > 10_000, $"only {trie.ChainSteps} steps from single-child nodes");
        Assert.True(trie.ChainStepsInNextSlot > 0.8 * trie.ChainSteps,
            $"{trie.ChainStepsInNextSlot} of {trie.ChainSteps} steps from single-child nodes land in the next slot");
    }

    private static void AssertScansMatchPlainSearch(PhraseTrie trie, string[] folded, IEnumerable<string> texts)
    {
        var found = new GrowBuffer<RawMatch>(16);
        var matched = 0;
        foreach (var text in texts)
        {
            found.Clear();
            trie.Scan(text, found);

            var expected = PlainSearch(text, folded);
            var actual = found.AsSpan().ToArray().Select(m => (m.Start, m.End, m.Slot)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"text: \"{text}\"\nexpected {string.Join(" ", expected)}\nactual   {string.Join(" ", actual)}");
            matched += actual.Count;
        }

        Assert.True(matched > 1000, $"only {matched} matches: the texts do not exercise the trie");
    }

    private static string RandomWord(Random random, int min, int max) =>
        new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => (char)('a' + random.Next(26)))]);

    private static string RandomText(Random random, int pieces)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]).Append(Separators[random.Next(Separators.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Every match by start, then end (shorter first), then pattern: the trie's order.</summary>
    private static List<(int Start, int End, int Slot)> PlainSearch(string text, string[] patterns)
    {
        var matches = new List<(int Start, int End, int Slot)>();
        for (var start = 0; start < text.Length; start++)
        {
            var wordStart = start == 0 || !CharClasses.IsWordChar(text[start - 1]);
            for (var p = 0; p < patterns.Length; p++)
            {
                var pattern = patterns[p];
                var end = start + pattern.Length;
                if (end > text.Length
                    || (CharClasses.IsWordChar(pattern[0]) && !wordStart)
                    || (CharClasses.IsWordChar(pattern[^1]) && end < text.Length && CharClasses.IsWordChar(text[end])))
                {
                    continue;
                }

                var equal = true;
                for (var k = 0; k < pattern.Length && equal; k++)
                {
                    equal = CharClasses.Classify(text[start + k]) == CharClasses.Classify(pattern[k]);
                }

                if (equal)
                {
                    matches.Add((start, end, p));
                }
            }
        }

        return [.. matches.OrderBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.Slot)];
    }
}
