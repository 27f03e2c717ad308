using System.Runtime.CompilerServices;

namespace SupplyRisk.Scoring.Engine.Matching;

/// <summary>Folds text into the small alphabet phrase matching runs on: letters case-folded,
/// hyphens, dashes and blanks all become one space class (so "rare-earth" = "rare earth"),
/// curly apostrophes become straight ones; a line break is a full stop (a pattern may end on
/// it, as "remains." ends on the line break after a headline). Every other character is a
/// break that no pattern crosses. The folding is one char to one class, so offsets in the
/// folded stream are offsets in the original text.</summary>
internal static class CharClasses
{
    internal const int Break = 0;
    internal const int Space = 1;
    internal const int Dot = 2;
    internal const int Slash = 3;
    internal const int Apostrophe = 4;
    internal const int Colon = 5;
    internal const int FirstLetter = 6;
    internal const int FirstDigit = FirstLetter + 26;
    internal const int AlphabetSize = FirstDigit + 10;

    private static readonly byte[] Ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = (byte)(FirstLetter + (c - 'a'));
            table[char.ToUpperInvariant(c)] = (byte)(FirstLetter + (c - 'a'));
        }

        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = (byte)(FirstDigit + (c - '0'));
        }

        table[' '] = Space;
        table['\t'] = Space;
        table['\r'] = Space;
        table['-'] = Space;
        table['.'] = Dot;
        // A line ends a title as a full stop ends a sentence: "Gallium Ban Remains" matches
        // the cue "remains." as "the gallium ban remains." does.
        table['\n'] = Dot;
        table['/'] = Slash;
        table['\''] = Apostrophe;
        table[':'] = Colon;
        return table;
    }

    // Called for every character of every article: the ASCII case inlines into the scan loops,
    // the rest stays out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Classify(char c) => c < 128 ? Ascii[c] : ClassifyNonAscii(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ClassifyNonAscii(char c)
    {
        return c switch
        {
            '\u2019' or '\u2018' => Apostrophe,
            '\u00A0' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => Space,
            _ => Break,
        };
    }

    internal static bool IsWordClass(int cls) => cls >= FirstLetter;

    internal static bool IsWordChar(char c) => Classify(c) >= FirstLetter;

    /// <summary>Pattern text in folded form ("Rare-Earth" → "rare earth"); throws on characters
    /// phrase matching cannot see, which is a seed mistake.</summary>
    internal static string Fold(string pattern)
    {
        var chars = new char[pattern.Length];
        for (var i = 0; i < pattern.Length; i++)
        {
            var cls = Classify(pattern[i]);
            chars[i] = cls switch
            {
                Break => throw new InvalidOperationException($"Pattern '{pattern}' contains '{pattern[i]}', which matching cannot see."),
                Space => ' ',
                Dot => '.',
                Slash => '/',
                Apostrophe => '\'',
                Colon => ':',
                >= FirstDigit => (char)('0' + (cls - FirstDigit)),
                _ => (char)('a' + (cls - FirstLetter)),
            };
        }

        return new string(chars).Trim();
    }
}
