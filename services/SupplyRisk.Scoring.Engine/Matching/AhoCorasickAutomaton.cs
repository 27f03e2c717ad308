namespace SupplyRisk.Scoring.Engine.Matching;

/// <summary>A dense Aho–Corasick automaton over the folded alphabet of
/// <see cref="CharClasses"/>: one table lookup per character finds every pattern at once, so
/// thousands of phrases cost one pass (no giant regex). Built once per lexicon, read-only
/// afterwards and safe to share between threads.</summary>
internal sealed class AhoCorasickAutomaton
{
    private const int A = CharClasses.AlphabetSize;

    private readonly int[] _next;
    private readonly int[] _outStart;
    private readonly int[] _outCount;
    private readonly int[] _outPatterns;
    private readonly int[] _length;
    private readonly bool[] _startsWithWord;
    private readonly bool[] _endsWithWord;

    internal AhoCorasickAutomaton(IReadOnlyList<string> foldedPatterns)
    {
        var children = new List<int[]> { NewRow() };
        var terminal = new List<List<int>?> { null };
        _length = new int[foldedPatterns.Count];
        _startsWithWord = new bool[foldedPatterns.Count];
        _endsWithWord = new bool[foldedPatterns.Count];

        for (var p = 0; p < foldedPatterns.Count; p++)
        {
            var pattern = foldedPatterns[p];
            _length[p] = pattern.Length;
            _startsWithWord[p] = CharClasses.IsWordChar(pattern[0]);
            _endsWithWord[p] = CharClasses.IsWordChar(pattern[^1]);
            var state = 0;
            foreach (var c in pattern)
            {
                var cls = CharClasses.Classify(c);
                if (children[state][cls] < 0)
                {
                    children[state][cls] = children.Count;
                    children.Add(NewRow());
                    terminal.Add(null);
                }

                state = children[state][cls];
            }

            (terminal[state] ??= []).Add(p);
        }

        var states = children.Count;
        var fail = new int[states];
        var outputs = new List<int>[states];
        var queue = new Queue<int>();
        outputs[0] = [];
        for (var cls = 0; cls < A; cls++)
        {
            var t = children[0][cls];
            if (t < 0)
            {
                children[0][cls] = 0;
            }
            else
            {
                fail[t] = 0;
                queue.Enqueue(t);
            }
        }

        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            outputs[s] = [.. terminal[s] ?? [], .. outputs[fail[s]]];
            for (var cls = 0; cls < A; cls++)
            {
                var t = children[s][cls];
                if (t < 0)
                {
                    children[s][cls] = children[fail[s]][cls];
                }
                else
                {
                    fail[t] = children[fail[s]][cls];
                    queue.Enqueue(t);
                }
            }
        }

        _next = new int[states * A];
        _outStart = new int[states];
        _outCount = new int[states];
        var flat = new List<int>();
        for (var s = 0; s < states; s++)
        {
            Array.Copy(children[s], 0, _next, s * A, A);
            _outStart[s] = flat.Count;
            _outCount[s] = outputs[s].Count;
            flat.AddRange(outputs[s]);
        }

        _outPatterns = [.. flat];
        StateCount = states;
    }

    internal int StateCount { get; }

    private static int[] NewRow()
    {
        var row = new int[A];
        Array.Fill(row, -1);
        return row;
    }

    /// <summary>Adds every whole-word occurrence of every pattern to <paramref name="matches"/>
    /// (in order of end offset).</summary>
    internal void Scan(ReadOnlySpan<char> text, GrowBuffer<RawMatch> matches)
    {
        var next = _next;
        var outCount = _outCount;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = next[(state * A) + CharClasses.Classify(text[i])];
            if (outCount[state] != 0)
            {
                Emit(text, i, state, matches);
            }
        }
    }

    private void Emit(ReadOnlySpan<char> text, int last, int state, GrowBuffer<RawMatch> matches)
    {
        var end = _outStart[state] + _outCount[state];
        for (var k = _outStart[state]; k < end; k++)
        {
            var p = _outPatterns[k];
            var start = last + 1 - _length[p];
            if (_startsWithWord[p] && start > 0 && CharClasses.IsWordChar(text[start - 1]))
            {
                continue;
            }

            if (_endsWithWord[p] && last + 1 < text.Length && CharClasses.IsWordChar(text[last + 1]))
            {
                continue;
            }

            matches.Add(new RawMatch(start, last + 1, p));
        }
    }
}
