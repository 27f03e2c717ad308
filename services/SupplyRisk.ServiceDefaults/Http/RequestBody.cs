using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SupplyRisk.ServiceDefaults.Http;

/// <summary>Reads a request body up to a limit, so endpoints that parse JSON themselves can
/// answer 413 (too large) and 400 (not UTF-8) with a clear message instead of a 500. The body
/// goes into a pooled buffer (a batch of news is a few hundred KB, which as a fresh array each
/// time would land on the large-object heap): dispose the result when done with the bytes.</summary>
public static class RequestBody
{
    private const int InitialBuffer = 16 * 1024;

    public sealed class Result : IDisposable
    {
        private byte[]? _rented;

        internal Result(IResult error) => Error = error;

        internal Result(byte[] rented, int length)
        {
            _rented = rented;
            Bytes = rented.AsMemory(0, length);
        }

        /// <summary>The body; valid until the result is disposed.</summary>
        public ReadOnlyMemory<byte> Bytes { get; }

        public IResult? Error { get; }

        public void Dispose()
        {
            if (_rented is { } rented)
            {
                _rented = null;
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public static async Task<Result> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return new Result(Problems.TooLarge(limit));
        }
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, request.ContentLength ?? InitialBuffer));
        var length = 0;
        try
        {
            while (true)
            {
                var read = await request.BodyReader.ReadAsync(ct);
                var data = read.Buffer;
                if (length + data.Length > limit)
                {
                    request.BodyReader.AdvanceTo(data.End);
                    ArrayPool<byte>.Shared.Return(buffer);
                    return new Result(Problems.TooLarge(limit));
                }
                if (length + data.Length > buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, Math.Max(buffer.Length * 2L, length + data.Length)));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                data.CopyTo(buffer.AsSpan(length));
                length += (int)data.Length;
                request.BodyReader.AdvanceTo(data.End);
                if (read.IsCompleted)
                {
                    return new Result(buffer, length);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return new Result(Problems.TooLarge(limit));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>The body without a UTF-8 byte-order mark, if it is valid UTF-8 (checked without
    /// decoding it, so JSON can be parsed straight from the bytes).</summary>
    public static bool TryGetUtf8(ReadOnlyMemory<byte> bytes, out ReadOnlyMemory<byte> utf8)
    {
        utf8 = bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        return System.Text.Unicode.Utf8.IsValid(utf8.Span);
    }
}
