using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SupplyRisk.ServiceDefaults.Security;

/// <summary>Per-client token buckets (a client is the holder of the API key, or else its address):
/// <c>writes</c> for endpoints that store, <c>compute</c> for endpoints that burn CPU. Limits come
/// from <c>RateLimits:{policy}:PermitsPerSecond</c> and <c>:Burst</c>; over the limit a client
/// gets 429 with a problem body and a Retry-After header.</summary>
public static class RateLimits
{
    public const string Writes = "writes";
    public const string Compute = "compute";

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    detail: "This client sent more requests than its rate limit allows; retry later.").ExecuteAsync(context.HttpContext);
            };
            // Settings are read once here, not on every request (each configuration lookup walks
            // every provider).
            var apiKey = configuration[ApiKeyFilter.KeySetting];
            var writes = Settings(configuration, Writes, permitsPerSecond: 200, burst: 400);
            var compute = Settings(configuration, Compute, permitsPerSecond: 5000, burst: 10000);
            options.AddPolicy(Writes, http => Bucket(http, apiKey, writes));
            options.AddPolicy(Compute, http => Bucket(http, apiKey, compute));
        });
        return builder;
    }

    private static TokenBucketRateLimiterOptions Settings(IConfiguration configuration, string policy, int permitsPerSecond, int burst)
    {
        var section = configuration.GetSection($"RateLimits:{policy}");
        var perSecond = section.GetValue("PermitsPerSecond", permitsPerSecond);
        var limit = section.GetValue("Burst", burst);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limit),
            TokensPerPeriod = Math.Max(1, perSecond / 10),
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static RateLimitPartition<string> Bucket(HttpContext http, string? apiKey, TokenBucketRateLimiterOptions settings)
    {
        // Only the valid key earns a bucket of its own; anything else is limited by address,
        // so inventing keys does not buy a fresh bucket per request.
        var key = http.Request.Headers[ApiKeyFilter.HeaderName].ToString();
        var client = key.Length > 0 && key == apiKey
            ? "key"
            : "ip:" + http.Connection.RemoteIpAddress;
        return RateLimitPartition.GetTokenBucketLimiter(client, _ => settings);
    }
}
