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
/// <remarks>The nodes sit in a double array: node s's child by class c is slot
/// <c>base(s) + c</c>, which belongs to s only if its check names s. A row of the whole
/// alphabet per node cost 2 MB for the lexicon's 12,000-odd nodes, about the 2 MB a core of
/// the VM has for its second-level cache: alone the engine ran from it, but beside the web
/// server, the kernel and the load generator its walks missed the cache. Scored after 4 MB of
/// other memory had gone through the cache, the 3 KB article took 95 µs instead of 24. The
/// double array holds the same trie in about a twentieth of the space.</remarks>
internal sealed class PhraseTrie
{
    private const int A = CharClasses.AlphabetSize;
    private const int Root = 0;

    // Two ints per slot, side by side so that one cache line gives both: [2t] = 1 + the slot of
    // the node whose child t is (0: free), [2t + 1] = (base of t's children << 1) | 1 if t ends
    // a phrase. A step of the walk is one dependent load, a compare and an add.
    private readonly int[] _slots;
    private readonly int _rootBase;
    // The phrases a slot ends, for the few slots that end any: [t] = (first index in
    // _outPatterns << 4) | how many; each entry of _outPatterns = (phrase << 1) | 1 if the phrase
    // ends with a word character. A match costs two loads, where four arrays took four.
    private const int MaxPhrasesPerNode = 15;
    private readonly int[] _out;
    private readonly int[] _outPatterns;

    // True when some phrase begins with a punctuation character: the scan must then try every
    // character, not only word starts.
    private readonly bool _punctuationStarts;

    internal PhraseTrie(IReadOnlyList<string> foldedPatterns)
    {
        var children = new List<int[]> { new int[A] };
        var terminal = new List<List<int>?> { null };
        for (var p = 0; p < foldedPatterns.Count; p++)
        {
            var pattern = foldedPatterns[p];
            var node = 0;
            foreach (var c in pattern)
            {
                var cls = CharClasses.Classify(c);
                if (children[node][cls] == 0)
                {
                    children[node][cls] = children.Count;
                    children.Add(new int[A]);
                    terminal.Add(null);
                }

                node = children[node][cls];
            }

            (terminal[node] ??= []).Add(p);
        }

        // Place the nodes breadth first, each family of children at the first base where all of
        // them find free slots: the top levels, which every walk goes through, end up together
        // at the front. A node with a single child starts a chain ("...sprosium" after "dy"),
        // placed at once in consecutive slots: a walk along it reads one cache line for several
        // steps instead of one line per step (each step waits for the load before it, so a
        // step that misses the first-level cache costs the whole miss).
        var slotOf = new int[children.Count];
        var baseOf = new int[children.Count];
        var layout = new SlotLayout();
        var queue = new Queue<int>();
        queue.Enqueue(0);
        Span<int> labels = stackalloc int[A];
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var count = Labels(children[node], labels);
            if (count == 0)
            {
                continue;
            }

            if (count == 1)
            {
                queue.Enqueue(PlaceChain(children, labels[0], node, slotOf, baseOf, layout));
                continue;
            }

            var family = labels[..count];
            var b = layout.FirstFit(family);
            baseOf[node] = b;
            foreach (var cls in family)
            {
                var child = children[node][cls];
                slotOf[child] = b + cls;
                layout.Take(b + cls, slotOf[node]);
                queue.Enqueue(child);
            }
        }

        var check = layout.Check;
        // Room past the last slot for a lookup from any base by any class, so the walk needs no
        // bounds test of its own.
        var maxBase = baseOf.Max();
        var slotCount = Math.Max(check.Count, maxBase + A);
        _slots = new int[2 * slotCount];
        _out = new int[slotCount];
        var flat = new List<int>();
        for (var node = 0; node < children.Count; node++)
        {
            var t = slotOf[node];
            _slots[2 * t] = t < check.Count ? check[t] : 0;
            _slots[(2 * t) + 1] = (baseOf[node] << 1) | (terminal[node] is null ? 0 : 1);
            var ends = terminal[node] ?? [];
            if (ends.Count > MaxPhrasesPerNode)
            {
                throw new InvalidOperationException($"More than {MaxPhrasesPerNode} phrases share one folded form.");
            }

            _out[t] = (flat.Count << 4) | ends.Count;
            flat.AddRange(ends.Select(p => (p << 1) | (CharClasses.IsWordChar(foldedPatterns[p][^1]) ? 1 : 0)));
        }

        _outPatterns = [.. flat];
        _rootBase = baseOf[0];
        NodeCount = children.Count;
        for (var node = 0; node < children.Count; node++)
        {
            if (Labels(children[node], labels) == 1)
            {
                ChainSteps++;
                ChainStepsInNextSlot += slotOf[children[node][labels[0]]] == slotOf[node] + 1 ? 1 : 0;
            }
        }

        SlotCount = slotCount;
        for (var cls = 0; cls < CharClasses.FirstLetter; cls++)
        {
            _punctuationStarts |= children[0][cls] != 0;
        }
    }

    private static int Labels(int[] row, Span<int> labels)
    {
        var count = 0;
        for (var cls = 0; cls < A; cls++)
        {
            if (row[cls] != 0)
            {
                labels[count++] = cls;
            }
        }

        return count;
    }

    /// <summary>Places the single child of <paramref name="node"/> (by class
    /// <paramref name="cls"/>) and the single children after it, each in the slot after the one
    /// before: next to the node if that slot is free, else at the end of the array. Returns the
    /// node that ends the chain (a leaf or a node with several children), whose family the
    /// breadth-first placement goes on with.</summary>
    private static int PlaceChain(List<int[]> children, int cls, int node, int[] slotOf, int[] baseOf, SlotLayout layout)
    {
        Span<int> labels = stackalloc int[A];
        var t = layout.IsFree(slotOf[node] + 1) && slotOf[node] + 1 - cls >= 1 ? slotOf[node] + 1 : layout.End(cls);
        while (true)
        {
            var child = children[node][cls];
            baseOf[node] = t - cls;
            slotOf[child] = t;
            layout.Take(t, slotOf[node]);
            if (Labels(children[child], labels) != 1)
            {
                return child;
            }

            node = child;
            cls = labels[0];
            t = layout.IsFree(t + 1) && t + 1 - cls >= 1 ? t + 1 : layout.End(cls);
        }
    }

    /// <summary>Which slots of the double array are taken, and by whose child (the check
    /// column), while the trie is placed.</summary>
    private sealed class SlotLayout
    {
        // Free slots below the end of the array: few, since families fill them as they come, so
        // trying a base for each (then the end) is quick where trying every base was not.
        private readonly SortedSet<int> _holes = [];

        internal List<int> Check { get; } = [Root + 1]; // slot 0 is the root's own

        internal bool IsFree(int t) => t >= Check.Count || Check[t] == 0;

        /// <summary>The first slot past the end that a child by class <paramref name="cls"/>
        /// can take (a base must be at least 1).</summary>
        internal int End(int cls) => Math.Max(Check.Count, cls + 1);

        /// <summary>The first base at which every class of <paramref name="family"/> finds a
        /// free slot: at a hole if one fits, else at the end.</summary>
        internal int FirstFit(ReadOnlySpan<int> family)
        {
            foreach (var hole in _holes)
            {
                var b = hole - family[0];
                if (b >= 1 && Fits(b, family))
                {
                    return b;
                }
            }

            return Math.Max(1, Check.Count - family[0]);
        }

        internal void Take(int t, int parentSlot)
        {
            while (Check.Count <= t)
            {
                _holes.Add(Check.Count);
                Check.Add(0);
            }

            _holes.Remove(t);
            Check[t] = parentSlot + 1;
        }

        private bool Fits(int b, ReadOnlySpan<int> labels)
        {
            foreach (var cls in labels)
            {
                if (!IsFree(b + cls))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The slot of the node a walk reaches after <paramref name="foldedPrefix"/>
    /// (from the start of a phrase), or -1 where no phrase begins so. For tests of the layout.</summary>
    internal int SlotOf(string foldedPrefix)
    {
        if (foldedPrefix.Length == 0)
        {
            return Root;
        }

        var slot = _rootBase + CharClasses.Classify(foldedPrefix[0]);
        if (_slots[2 * slot] != Root + 1)
        {
            return -1;
        }

        for (var i = 1; i < foldedPrefix.Length; i++)
        {
            var child = (_slots[(2 * slot) + 1] >> 1) + CharClasses.Classify(foldedPrefix[i]);
            if (_slots[2 * child] != slot + 1)
            {
                return -1;
            }

            slot = child;
        }

        return slot;
    }

    /// <summary>Slots in the double array (nodes and the holes between them).</summary>
    internal int SlotCount { get; }

    internal int NodeCount { get; }

    /// <summary>Nodes with a single child, and how many of those children sit in the slot
    /// right after their parent's (the layout's aim; for tests).</summary>
    internal int ChainSteps { get; }

    internal int ChainStepsInNextSlot { get; }

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
        var slots = _slots;
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
                var t = _rootBase + CharClasses.Classify(text[i]);
                if (slots[2 * t] == Root + 1)
                {
                    Walk(text, i, t, matches);
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
        var slots = _slots;
        var i = 0;
        while (i < text.Length)
        {
            // No phrase holds a break, so the root has no child by it.
            var cls = CharClasses.Classify(text[i]);
            var t = _rootBase + cls;
            if (slots[2 * t] == Root + 1)
            {
                Walk(text, i, t, matches);
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

    private void Walk(ReadOnlySpan<char> text, int start, int slot, GrowBuffer<RawMatch> matches)
    {
        var slots = _slots;
        var last = start;
        while (true)
        {
            var value = slots[(2 * slot) + 1];
            if ((value & 1) != 0)
            {
                Emit(text, start, last, slot, matches);
            }

            if (++last >= text.Length)
            {
                return;
            }

            var child = (value >> 1) + CharClasses.Classify(text[last]);
            if (slots[2 * child] != slot + 1)
            {
                return;
            }

            slot = child;
        }
    }

    private void Emit(ReadOnlySpan<char> text, int start, int last, int slot, GrowBuffer<RawMatch> matches)
    {
        // The start is a word start (or punctuation) by construction; the end must not cut a word.
        var endsInsideWord = last + 1 < text.Length && CharClasses.IsWordChar(text[last + 1]);
        var first = _out[slot] >> 4;
        var end = first + (_out[slot] & MaxPhrasesPerNode);
        for (var k = first; k < end; k++)
        {
            var entry = _outPatterns[k];
            if (!((entry & 1) != 0 && endsInsideWord))
            {
                matches.Add(new RawMatch(start, last + 1, entry >> 1));
            }
        }
    }
}
