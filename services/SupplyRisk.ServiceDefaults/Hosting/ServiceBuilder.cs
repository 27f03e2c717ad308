using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace SupplyRisk.ServiceDefaults.Hosting;

public static class ServiceBuilder
{
    /// <summary>A web application builder whose content root is the service's own folder, so
    /// its appsettings.json is found whatever the working directory (scripts start services
    /// from the repository root). It listens on 127.0.0.1:<paramref name="defaultPort"/> unless
    /// <c>ASPNETCORE_URLS</c>, <c>Urls</c> or <c>--urls</c> says otherwise.</summary>
    public static WebApplicationBuilder Create(string[] args, int defaultPort)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{defaultPort}");
        }
        return builder;
    }
}
