using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SupplyRisk.ServiceDefaults.Security;

/// <summary>Requires the <c>X-Api-Key</c> header to equal <c>SUPPLYRISK_API_KEY</c> once that
/// setting exists. Writes always use it; reads only when <c>SUPPLYRISK_PROTECT_READS=true</c>.</summary>
public static class ApiKeyFilter
{
    public const string HeaderName = "X-Api-Key";
    public const string KeySetting = "SUPPLYRISK_API_KEY";
    public const string ProtectReadsSetting = "SUPPLYRISK_PROTECT_READS";

    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var configuration = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>();
            return Check(context.HttpContext, configuration) ?? await next(context);
        });

    public static TBuilder RequireApiKeyForReads<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var configuration = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>();
            var protect = string.Equals(configuration[ProtectReadsSetting], "true", StringComparison.OrdinalIgnoreCase);
            return (protect ? Check(context.HttpContext, configuration) : null) ?? await next(context);
        });

    private static IResult? Check(HttpContext http, IConfiguration configuration)
    {
        var expected = configuration[KeySetting];
        if (string.IsNullOrEmpty(expected))
        {
            return null;
        }
        var given = http.Request.Headers[HeaderName].ToString();
        if (given.Length == 0)
        {
            return Http.Problems.Unauthorized($"This endpoint needs the API key in the {HeaderName} header.");
        }
        var equal = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
        return equal ? null : Http.Problems.Unauthorized($"The API key in the {HeaderName} header is not valid.");
    }
}
