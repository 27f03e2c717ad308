namespace SupplyRisk.Ingest.NearDuplicates;

/// <summary>Cuts a body into word shingles (runs of <see cref="Size"/> consecutive words) and
/// hashes each to 64 bits. Words are letters and digits, lower-cased, apostrophes dropped, so
/// "China’s" and "Chinas" agree. Shingles never cross a line break: re-ordered paragraphs keep
/// every shingle they had.</summary>
internal static class Shingler
{
    /// <summary>Words per shingle; <see cref="ShingleInto"/> hashes exactly this many.</summary>
    public const int Size = 3;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The distinct shingle hashes of <paramref name="text"/>, and its word count.</summary>
    public static (HashSet<ulong> Shingles, int Words) Shingle(string text)
    {
        var set = new ShingleSet();
        var words = ShingleInto(text, set);
        return ([.. set.Values], words);
    }

    /// <summary>Adds the shingle hashes of <paramref name="text"/> to <paramref name="set"/>;
    /// returns its word count.</summary>
    public static int ShingleInto(string text, ShingleSet set)
    {
        // The last three words' hashes, oldest first (w0), in registers rather than a ring.
        ulong w0 = 0, w1 = 0, w2 = 0;
        var inLine = 0;
        var words = 0;
        var word = FnvOffset;
        var wordLength = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (char.IsAsciiLetterOrDigit(c))
            {
                // The common case without the Unicode tables (same result as below).
                word = (word ^ (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)) * FnvPrime;
                wordLength++;
                continue;
            }
            if (c > 0x7F && char.IsLetterOrDigit(c))
            {
                word = (word ^ char.ToLowerInvariant(c)) * FnvPrime;
                wordLength++;
                continue;
            }
            if (c is '\'' or '\u2019' && wordLength > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                continue;
            }
            if (wordLength > 0)
            {
                words++;
                (w0, w1, w2) = (w1, w2, Mix(word));
                inLine++;
                if (inLine >= Size)
                {
                    var h = Mix(FnvOffset ^ w0) * FnvPrime;
                    h = Mix(h ^ w1) * FnvPrime;
                    h = Mix(h ^ w2) * FnvPrime;
                    set.Add(Mix(h));
                }
                word = FnvOffset;
                wordLength = 0;
            }
            if (c is '\n')
            {
                inLine = 0;
            }
        }
        return words;
    }

    /// <summary>A 64-bit finaliser (SplitMix64): spreads FNV's weak low bits over the word.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
