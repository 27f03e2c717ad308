using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SupplyRisk.ServiceDefaults.Security;

/// <summary>Requires the <c>X-Api-Key</c> header to equal <c>SUPPLYRISK_API_KEY</c> when that
/// setting exists at start. Writes always use it; reads only when
/// <c>SUPPLYRISK_PROTECT_READS=true</c>.</summary>
public static class ApiKeyFilter
{
    public const string HeaderName = "X-Api-Key";
    public const string KeySetting = "SUPPLYRISK_API_KEY";
    public const string ProtectReadsSetting = "SUPPLYRISK_PROTECT_READS";

    // The settings are read when the endpoint is built: a filter exists only where a key is
    // checked, so an open endpoint pays nothing per request.
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) => Filter(factory.ApplicationServices.GetRequiredService<IConfiguration>(), next));

    public static TBuilder RequireApiKeyForReads<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var configuration = factory.ApplicationServices.GetRequiredService<IConfiguration>();
            var protect = string.Equals(configuration[ProtectReadsSetting], "true", StringComparison.OrdinalIgnoreCase);
            return protect ? Filter(configuration, next) : next;
        });

    private static EndpointFilterDelegate Filter(IConfiguration configuration, EndpointFilterDelegate next)
    {
        var expected = configuration[KeySetting];
        if (string.IsNullOrEmpty(expected))
        {
            return next;
        }
        var expectedBytes = Encoding.UTF8.GetBytes(expected);
        return async context => Check(context.HttpContext, expectedBytes) ?? await next(context);
    }

    private static IResult? Check(HttpContext http, byte[] expected)
    {
        var given = http.Request.Headers[HeaderName].ToString();
        if (given.Length == 0)
        {
            return Http.Problems.Unauthorized($"This endpoint needs the API key in the {HeaderName} header.");
        }
        var equal = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), expected);
        return equal ? null : Http.Problems.Unauthorized($"The API key in the {HeaderName} header is not valid.");
    }
}
