using System.Text;

namespace SupplyRisk.Ingest.Formats;

/// <summary>Turns the bytes of a news file into text. Files come from many tools, so the file
/// path is lenient where the HTTP API is strict: a byte-order mark decides first (UTF-8,
/// UTF-16 LE/BE, UTF-32 LE); without one, bytes that are valid UTF-8 are UTF-8, and anything
/// else is read as Windows-1252, the superset of ISO-8859-1 (Latin-1) that agrees with it on
/// every printable character and maps 0x80–0x9F to the curly quotes and dashes Windows
/// editors write. Binary content (NUL bytes outside UTF-16/32, or many control bytes) is
/// refused rather than guessed at.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The decoded text and the name of the encoding used, or why the bytes are not text.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return DecodedText.Failed("the file is empty");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return FromBom(bytes[4..], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32LE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TryUtf8(bytes[3..], out var text)
                ? Checked(text, "UTF-8")
                : DecodedText.Failed("the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return FromBom(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16LE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return FromBom(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16BE");
        }
        if (bytes.Contains((byte)0))
        {
            return DecodedText.Failed("the file is binary (it contains NUL bytes and no UTF-16 byte-order mark)");
        }
        if (TryUtf8(bytes, out var utf8))
        {
            return Checked(utf8, "UTF-8");
        }
        return Checked(Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252");
    }

    private static DecodedText FromBom(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return Checked(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Failed($"the file starts with a {name} byte-order mark but is not valid {name}");
        }
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    // Text has few control characters besides tab, line feed, carriage return and form feed;
    // a file where more than one character in a hundred is one is binary data.
    private static DecodedText Checked(string text, string encoding)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return DecodedText.Failed("the file is binary (it contains NUL characters)");
        }
        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }
        if (controls > 8 && controls * 100 > text.Length)
        {
            return DecodedText.Failed("the file is binary (it is full of control characters)");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedText.Failed("the file holds only white space");
        }
        return new DecodedText(text, encoding, null);
    }
}
