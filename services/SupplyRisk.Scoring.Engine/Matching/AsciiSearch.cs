namespace SupplyRisk.Scoring.Engine.Matching;

/// <summary>Case-insensitive searches for the engine's own words and phrases, as fast under the
/// services' invariant globalization mode as without it.</summary>
/// <remarks>With <c>InvariantGlobalization</c> (Directory.Build.props), <c>IndexOf</c>,
/// <c>LastIndexOf</c> and <c>Contains</c> with <see cref="StringComparison.OrdinalIgnoreCase"/>
/// compare character by character (the runtime's <c>InvariantModeCasing</c>): a profile of the
/// scoring service under load put 2.1 % of its CPU there, 1.5 % in one check of the title alone,
/// and the engine took 31 µs a score for the benchmark article against 28.6 µs with ICU.
/// These look for the value's first letter in either case with the vectorised ordinal search and
/// compare the rest only where it is found. (Comparing two spans of equal length with
/// OrdinalIgnoreCase stays vectorised in either mode.)</remarks>
internal static class AsciiSearch
{
    /// <summary>As <c>text.IndexOf(value, StringComparison.OrdinalIgnoreCase)</c>.</summary>
    internal static int IndexOfIgnoreCase(this ReadOnlySpan<char> text, ReadOnlySpan<char> value)
    {
        var k = AnchorOf(value);
        if (k < 0)
        {
            return text.IndexOf(value); // no letter to fold
        }

        var lower = (char)(value[k] | 0x20);
        var upper = (char)(value[k] & ~0x20);
        var from = k;
        while (text.Length - from >= value.Length - k)
        {
            var at = text[from..].IndexOfAny(lower, upper);
            if (at < 0)
            {
                return -1;
            }

            var start = from + at - k;
            if (start + value.Length > text.Length)
            {
                return -1;
            }

            if (text.Slice(start, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return start;
            }

            from += at + 1;
        }

        return -1;
    }

    /// <summary>As <c>text.LastIndexOf(value, StringComparison.OrdinalIgnoreCase)</c>.</summary>
    internal static int LastIndexOfIgnoreCase(this ReadOnlySpan<char> text, ReadOnlySpan<char> value)
    {
        var k = AnchorOf(value);
        if (k < 0)
        {
            return text.LastIndexOf(value);
        }

        var lower = (char)(value[k] | 0x20);
        var upper = (char)(value[k] & ~0x20);

        // The anchor may sit no later than where the rest of the value still fits.
        var end = text.Length - (value.Length - k) + 1;
        while (end > k)
        {
            var at = text[..end].LastIndexOfAny(lower, upper);
            if (at < k)
            {
                return -1;
            }

            if (text.Slice(at - k, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return at - k;
            }

            end = at;
        }

        return -1;
    }

    /// <summary>As <c>text.Contains(value, StringComparison.OrdinalIgnoreCase)</c>.</summary>
    internal static bool ContainsIgnoreCase(this ReadOnlySpan<char> text, ReadOnlySpan<char> value) => text.IndexOfIgnoreCase(value) >= 0;

    // The value's first ASCII letter: a search for its leading space would stop at every word.
    private static int AnchorOf(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsAsciiLetter(value[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
