using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    // Row of node k at k·A; entry = (child's row offset << 1) | 1 if the child ends a phrase,
    // 0 for no child. Offsets rather than node numbers and the flag beside them keep a step of
    // the walk to one dependent load and an add: no multiply, no second array to look at.
    private readonly int[] _next;
    private readonly int[] _outStart;
    private readonly int[] _outCount;
    private readonly int[] _outPatterns;
    private readonly bool[] _endsWithWord;

    // True when some phrase begins with a punctuation character: the scan must then try every
    // character, not only word starts.
    private readonly bool _punctuationStarts;

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
                _next[(k * A) + cls] = child == None ? None : (position[child] * A << 1) | (terminal[child] is null ? 0 : 1);
            }

            _outStart[k] = flat.Count;
            _outCount[k] = terminal[old]?.Count ?? 0;
            flat.AddRange(terminal[old] ?? []);
        }

        _outPatterns = [.. flat];
        NodeCount = children.Count;
        for (var cls = 0; cls < CharClasses.FirstLetter; cls++)
        {
            _punctuationStarts |= _next[cls] != None;
        }
    }

    internal int NodeCount { get; }

    /// <summary>Adds every whole-word occurrence of every phrase to <paramref name="matches"/>
    /// (in order of start offset, shorter first).</summary>
    internal void Scan(ReadOnlySpan<char> text, GrowBuffer<RawMatch> matches)
    {
        if (_punctuationStarts)
        {
            ScanEveryStart(text, matches);
            return;
        }

        // Word starts 64 characters at a time, from a bit mask of the word characters: finding
        // them a character at a time, with a branch at every word's end, cost as much as all
        // the walks together.
        var next = _next;
        ulong wordBefore = 0;
        for (var block = 0; block < text.Length; block += 64)
        {
            var chars = text.Slice(block, Math.Min(64, text.Length - block));
            var words = WordMask(chars);
            var starts = words & ~((words << 1) | wordBefore);
            wordBefore = words >> 63;
            while (starts != 0)
            {
                var i = block + BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                var entry = next[CharClasses.Classify(text[i])];
                if (entry != None)
                {
                    Walk(text, i, entry, matches);
                }
            }
        }
    }

    /// <summary>Bit k set when <c>chars[k]</c> is a word character (an ASCII letter or digit,
    /// as <see cref="CharClasses.IsWordChar"/> says); at most 64 characters.</summary>
    internal static ulong WordMask(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 64 && Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
            var zero = Vector128.Create((ushort)'0');
            var ten = Vector128.Create((ushort)10);
            var lower = Vector128.Create((ushort)0x20);
            var a = Vector128.Create((ushort)'a');
            var twentySix = Vector128.Create((ushort)26);
            ulong mask = 0;
            for (var k = 0; k < 8; k++)
            {
                // Unsigned compares after a subtraction: one test per range. Setting bit 0x20
                // folds upper-case letters onto lower-case and moves no other character into 'a'..'z'.
                var v = Vector128.LoadUnsafe(ref first, (nuint)(k * 8));
                var word = Vector128.LessThan(v - zero, ten) | Vector128.LessThan((v | lower) - a, twentySix);
                mask |= (ulong)word.ExtractMostSignificantBits() << (k * 8);
            }

            return mask;
        }

        ulong bits = 0;
        for (var k = 0; k < chars.Length; k++)
        {
            if (CharClasses.IsWordChar(chars[k]))
            {
                bits |= 1UL << k;
            }
        }

        return bits;
    }

    /// <summary>The scan for a lexicon with phrases that begin with punctuation: a walk from
    /// every character that can begin one, skipping the inside of words.</summary>
    private void ScanEveryStart(ReadOnlySpan<char> text, GrowBuffer<RawMatch> matches)
    {
        var next = _next;
        var i = 0;
        while (i < text.Length)
        {
            // The root's row is at offset 0; no phrase holds a break, so its entry there is 0.
            var cls = CharClasses.Classify(text[i]);
            var entry = next[cls];
            if (entry != None)
            {
                Walk(text, i, entry, matches);
            }

            i++;
            if (CharClasses.IsWordClass(cls))
            {
                while (i < text.Length && CharClasses.IsWordChar(text[i]))
                {
                    i++;
                }
            }
        }
    }

    private void Walk(ReadOnlySpan<char> text, int start, int entry, GrowBuffer<RawMatch> matches)
    {
        var next = _next;
        var last = start;
        while (true)
        {
            if ((entry & 1) != 0)
            {
                Emit(text, start, last, (entry >> 1) / A, matches);
            }

            if (++last >= text.Length)
            {
                return;
            }

            entry = next[(entry >> 1) + CharClasses.Classify(text[last])];
            if (entry == None)
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
