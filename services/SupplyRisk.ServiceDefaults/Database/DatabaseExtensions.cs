using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using SupplyRisk.ServiceDefaults.Hosting;

namespace SupplyRisk.ServiceDefaults.Database;

public static class DatabaseExtensions
{
    public const string ConnectionName = "Postgres";

    /// <summary>A singleton <see cref="NpgsqlDataSource"/>, the service's schema migrations
    /// (numbered .sql files embedded in <paramref name="migrationsAssembly"/>) applied at start,
    /// and a readiness check.</summary>
    public static WebApplicationBuilder AddPostgres(this WebApplicationBuilder builder, string schema, Assembly migrationsAssembly)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not set (environment: ConnectionStrings__{ConnectionName}).");
        var csb = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = migrationsAssembly.GetName().Name,
        };
        // (Npgsql's own builder reports every keyword it knows as present, so ask a plain one.)
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            // The services run a few statements over and over (a batch's inserts, the index
            // query); prepared, PostgreSQL plans each once per connection instead of every time.
            // Planning was about a tenth of the database's time for these statements in the
            // pipeline benchmark (pg_stat_statements). A connection string can still set it.
            csb.MaxAutoPrepare = 32;
            csb.AutoPrepareMinUsages = 2;
        }
        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(csb.ConnectionString).Build());
        builder.Services.AddSingleton(new MigrationSet(schema, migrationsAssembly));
        // Registered first so it runs before the bus starts consuming: start-up waits for it.
        builder.Services.AddHostedService<MigrationRunner>();
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }
}

public sealed record MigrationSet(string Schema, Assembly Assembly);

internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var cmd = dataSource.CreateCommand("SELECT 1");
            await cmd.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer", e);
        }
    }
}
