using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace SupplyRisk.Ingest.News;

internal static class ContentHasher
{
    /// <summary>SHA-256 over title and body, lower-cased with all white space folded to one
    /// space, so re-wrapped or re-cased copies of one text hash the same.</summary>
    public static byte[] Hash(string title, string body)
    {
        if (Ascii.IsValid(title) && Ascii.IsValid(body))
        {
            return HashAscii(title, body);
        }
        return HashAnyText(title, body);
    }

    /// <summary>The same bytes for plain ASCII text (most news in English), folded straight into
    /// UTF-8 without the Unicode tables or a transcoding pass: for ASCII, char.IsWhiteSpace is
    /// tab to carriage return and space, and char.ToLowerInvariant changes only A to Z.</summary>
    internal static byte[] HashAscii(string title, string body)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(title.Length + body.Length + 1);
        try
        {
            var length = AppendFoldedAscii(bytes, 0, title);
            bytes[length++] = (byte)'\n';
            length = AppendFoldedAscii(bytes, length, body);
            return SHA256.HashData(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static int AppendFoldedAscii(byte[] into, int length, string text)
    {
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == ' ' || (c >= '\t' && c <= '\r'))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                into[length++] = (byte)' ';
                pendingSpace = false;
            }
            into[length++] = (byte)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c);
        }
        return length;
    }

    internal static byte[] HashAnyText(string title, string body)
    {
        // Folded into a pooled buffer rather than a StringBuilder: this runs for every item.
        var chars = ArrayPool<char>.Shared.Rent(title.Length + body.Length + 1);
        var bytes = Array.Empty<byte>();
        try
        {
            var length = AppendFolded(chars, 0, title);
            chars[length++] = '\n';
            length = AppendFolded(chars, length, body);
            bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
            var count = Encoding.UTF8.GetBytes(chars.AsSpan(0, length), bytes);
            return SHA256.HashData(bytes.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    private static int AppendFolded(char[] into, int length, string text)
    {
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                into[length++] = ' ';
                pendingSpace = false;
            }
            into[length++] = char.ToLowerInvariant(c);
        }
        return length;
    }
}
