using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prometheus;
using Scalar.AspNetCore;
using SupplyRisk.ServiceDefaults.Security;

namespace SupplyRisk.ServiceDefaults.Hosting;

public static class ServiceDefaultsExtensions
{
    /// <summary>Tag of the health checks that /health/ready runs (database and bus).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Logging, problem details, OpenAPI and health checks: the wiring every service shares.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        // prometheus-net would also republish .NET meters and event counters under names that
        // break Prometheus' naming rules (promtool check metrics fails on them); the process
        // and runtime metrics the dashboards use stay.
        Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressEventCounters = true, SuppressMeters = true });
        // No tracing backend takes trace ids from the metrics, so exemplars would only cost a
        // trace-context lookup at every observation (0.45 % of POST /v1/score's CPU samples).
        Metrics.DefaultFactory.ExemplarBehavior = ExemplarBehavior.NoExemplars();
        GarbageCollectorMetrics.Register();
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = false;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            o.UseUtcTimestamp = true;
        });
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddRateLimits();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));
        return builder;
    }

    /// <summary>Health, metrics, OpenAPI and the API reference page.</summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The duration histogram alone: its _count is the request count, so the separate
        // counter and the in-progress gauge would only add work to every request.
        app.UseHttpMetrics(o =>
        {
            o.RequestCount.Enabled = false;
            o.InProgress.Enabled = false;
        });
        app.UseRateLimiter();

        // Live: the process answers. Ready: its database and bus answer too.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        app.MapMetrics("/metrics");
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs");
        app.MapGet("/", () => Results.Redirect("/docs")).ExcludeFromDescription();
        return app;
    }
}
