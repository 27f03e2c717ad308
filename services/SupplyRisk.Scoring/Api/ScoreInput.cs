using System.Buffers;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Api;

/// <summary>A news text read from a <c>POST /v1/score</c> request, held in a pooled buffer laid
/// out as <see cref="NewsText.FullText"/> (title, a blank line, body) for
/// <see cref="NewsScorer.Score(ReadOnlySpan{char}, int, DateTimeOffset)"/>. Reading a 3 KB article
/// into a title, a body and their concatenation made 12 KB of strings per request, most of what
/// the endpoint allocated. Dispose it when scored.</summary>
internal sealed class ScoreInput : IDisposable
{
    private const string Separator = "\n\n";

    private char[]? _buffer;
    private readonly int _length;

    private ScoreInput(char[] buffer, int length, int titleLength, DateTimeOffset publishedAt)
    {
        _buffer = buffer;
        _length = length;
        TitleLength = titleLength;
        PublishedAt = publishedAt;
    }

    /// <summary>A title (already trimmed) and a body, joined as the scorer reads them.</summary>
    public static ScoreInput Join(ReadOnlySpan<char> title, ReadOnlySpan<char> body, DateTimeOffset publishedAt)
    {
        var length = title.IsEmpty ? body.Length : title.Length + Separator.Length + body.Length;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        if (title.IsEmpty)
        {
            body.CopyTo(buffer);
        }
        else
        {
            title.CopyTo(buffer);
            Separator.CopyTo(buffer.AsSpan(title.Length));
            body.CopyTo(buffer.AsSpan(title.Length + Separator.Length));
        }

        return new ScoreInput(buffer, length, title.Length, publishedAt);
    }

    /// <summary>Valid UTF-8 text (text/plain) as a body without a title; null when it is blank.</summary>
    public static ScoreInput? FromPlainText(ReadOnlySpan<byte> utf8, DateTimeOffset publishedAt)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length)));
        var length = System.Text.Encoding.UTF8.GetChars(utf8, buffer);
        if (buffer.AsSpan(0, length).IsWhiteSpace())
        {
            ArrayPool<char>.Shared.Return(buffer);
            return null;
        }

        return new ScoreInput(buffer, length, 0, publishedAt);
    }

    public int TitleLength { get; }

    public DateTimeOffset PublishedAt { get; }

    public ReadOnlySpan<char> FullText => (_buffer ?? throw new ObjectDisposedException(nameof(ScoreInput))).AsSpan(0, _length);

    /// <summary>The title as a string (for tests and messages; scoring reads <see cref="FullText"/>).</summary>
    public string Title => new(FullText[..TitleLength]);

    /// <summary>The body as a string (for tests and messages; scoring reads <see cref="FullText"/>).</summary>
    public string Body => new(TitleLength == 0 ? FullText : FullText[(TitleLength + Separator.Length)..]);

    public override string ToString() => $"title '{Title}', body '{Body}', published {PublishedAt:O}";

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
