using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SupplyRisk.ServiceDefaults.Http;

/// <summary>Reads a request body up to a limit, so endpoints that parse JSON themselves can
/// answer 413 (too large) and 400 (not UTF-8) with a clear message instead of a 500.</summary>
public static class RequestBody
{
    public sealed record Result(byte[]? Bytes, IResult? Error);

    public static async Task<Result> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return new Result(null, Problems.TooLarge(limit));
        }
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }
        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new Result(null, Problems.TooLarge(limit));
        }
        if (buffer.Length > limit)
        {
            return new Result(null, Problems.TooLarge(limit));
        }
        return new Result(buffer.ToArray(), null);
    }

    /// <summary>The body without a UTF-8 byte-order mark, if it is valid UTF-8 (checked without
    /// decoding it, so JSON can be parsed straight from the bytes).</summary>
    public static bool TryGetUtf8(byte[] bytes, out ReadOnlyMemory<byte> utf8)
    {
        utf8 = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsMemory(3) : bytes;
        return System.Text.Unicode.Utf8.IsValid(utf8.Span);
    }
}
