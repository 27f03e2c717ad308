namespace SupplyRisk.Scoring.Engine.Matching;

/// <summary>Every phrase of the lexicon in one trie over the folded alphabet of
/// <see cref="CharClasses"/>, walked from each place a phrase may begin: the start of a word,
/// or a punctuation character for the few phrases that begin with one. A phrase that begins
/// with a letter or digit can only match at a word start, so the walk skips the inside of
/// words, and most walks end after a character or two in the top levels of the trie. (It
/// replaced an Aho–Corasick automaton, which finds the same matches but steps through a
/// 1.3 MB table on every character; with the character classes inlined, the scan of the
/// benchmark corpus went from 128 to 197 MB/s.) Built once per lexicon, read-only afterwards
/// and safe to share between threads.</summary>
internal sealed class PhraseTrie
{
    private const int A = CharClasses.AlphabetSize;
    private const int None = 0; // the root is never a child, so 0 can mean "no child"

    private readonly int[] _next;
    private readonly int[] _outStart;
    private readonly int[] _outCount;
    private readonly int[] _outPatterns;
    private readonly bool[] _endsWithWord;

    private static readonly System.Buffers.SearchValues<char> WordChars =
        System.Buffers.SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    internal PhraseTrie(IReadOnlyList<string> foldedPatterns)
    {
        // Build with lists, then lay the nodes out breadth first so the levels every walk goes
        // through sit together at the front of the table.
        var children = new List<int[]> { new int[A] };
        var terminal = new List<List<int>?> { null };
        _endsWithWord = new bool[foldedPatterns.Count];
        for (var p = 0; p < foldedPatterns.Count; p++)
        {
            var pattern = foldedPatterns[p];
            _endsWithWord[p] = CharClasses.IsWordChar(pattern[^1]);
            var node = 0;
            foreach (var c in pattern)
            {
                var cls = CharClasses.Classify(c);
                if (children[node][cls] == None)
                {
                    children[node][cls] = children.Count;
                    children.Add(new int[A]);
                    terminal.Add(null);
                }

                node = children[node][cls];
            }

            (terminal[node] ??= []).Add(p);
        }

        var order = new List<int>(children.Count) { 0 };
        for (var k = 0; k < order.Count; k++)
        {
            foreach (var child in children[order[k]])
            {
                if (child != None)
                {
                    order.Add(child);
                }
            }
        }

        var position = new int[children.Count];
        for (var k = 0; k < order.Count; k++)
        {
            position[order[k]] = k;
        }

        _next = new int[children.Count * A];
        _outStart = new int[children.Count];
        _outCount = new int[children.Count];
        var flat = new List<int>();
        for (var k = 0; k < order.Count; k++)
        {
            var old = order[k];
            for (var cls = 0; cls < A; cls++)
            {
                var child = children[old][cls];
                _next[(k * A) + cls] = child == None ? None : position[child];
            }

            _outStart[k] = flat.Count;
            _outCount[k] = terminal[old]?.Count ?? 0;
            flat.AddRange(terminal[old] ?? []);
        }

        _outPatterns = [.. flat];
        NodeCount = children.Count;
    }

    internal int NodeCount { get; }

    /// <summary>Adds every whole-word occurrence of every phrase to <paramref name="matches"/>
    /// (in order of start offset, shorter first).</summary>
    internal void Scan(ReadOnlySpan<char> text, GrowBuffer<RawMatch> matches)
    {
        var next = _next;
        var i = 0;
        while (i < text.Length)
        {
            var cls = CharClasses.Classify(text[i]);
            if (cls != CharClasses.Break && next[cls] != None)
            {
                Walk(text, i, next[cls], matches);
            }

            i++;
            if (CharClasses.IsWordClass(cls))
            {
                // The rest of this word cannot start a phrase: jump to its end (word characters
                // are exactly the ASCII letters and digits, so a vectorised search finds it).
                var rest = text[i..].IndexOfAnyExcept(WordChars);
                i = rest < 0 ? text.Length : i + rest;
            }
        }
    }

    private void Walk(ReadOnlySpan<char> text, int start, int node, GrowBuffer<RawMatch> matches)
    {
        var next = _next;
        var last = start;
        while (true)
        {
            if (_outCount[node] != 0)
            {
                Emit(text, start, last, node, matches);
            }

            if (++last >= text.Length)
            {
                return;
            }

            node = next[(node * A) + CharClasses.Classify(text[last])];
            if (node == None)
            {
                return;
            }
        }
    }

    private void Emit(ReadOnlySpan<char> text, int start, int last, int node, GrowBuffer<RawMatch> matches)
    {
        // The start is a word start (or punctuation) by construction; the end must not cut a word.
        var endsInsideWord = last + 1 < text.Length && CharClasses.IsWordChar(text[last + 1]);
        var end = _outStart[node] + _outCount[node];
        for (var k = _outStart[node]; k < end; k++)
        {
            var p = _outPatterns[k];
            if (!(_endsWithWord[p] && endsInsideWord))
            {
                matches.Add(new RawMatch(start, last + 1, p));
            }
        }
    }
}
