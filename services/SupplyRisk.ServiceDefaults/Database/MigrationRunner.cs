using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SupplyRisk.ServiceDefaults.Database;

/// <summary>Applies the service's numbered SQL files (<c>0001_….sql</c>, embedded resources)
/// once each, in order, each in its own transaction, under an advisory lock so two instances
/// starting together do not race. Runs inside start-up: the service does not serve or consume
/// before its schema is there.</summary>
internal sealed partial class MigrationRunner(NpgsqlDataSource dataSource, MigrationSet migrations, ILogger<MigrationRunner> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scripts = LoadScripts();
        // PostgreSQL may still be starting (compose, up.sh): wait for it for a while.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await ApplyAsync(scripts, cancellationToken);
                return;
            }
            catch (NpgsqlException e) when (e.IsTransient && DateTime.UtcNow < deadline)
            {
                LogWaiting(logger, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private List<(string Name, string Sql)> LoadScripts()
    {
        var assembly = migrations.Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                // Resource names carry the folder path; the journal keeps just the file name.
                var name = n.Split('.')[^2];
                return (Name: name, Sql: reader.ReadToEnd());
            })
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    private async Task ApplyAsync(List<(string Name, string Sql)> scripts, CancellationToken ct)
    {
        var schema = migrations.Schema;
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(hashtext(@schema))", new { schema }, cancellationToken: ct));
        try
        {
            await conn.ExecuteAsync(new CommandDefinition(
                $"""
                CREATE SCHEMA IF NOT EXISTS {schema};
                CREATE TABLE IF NOT EXISTS {schema}.schema_migrations (
                    name text PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now());
                """, cancellationToken: ct));
            var applied = (await conn.QueryAsync<string>(new CommandDefinition(
                $"SELECT name FROM {schema}.schema_migrations", cancellationToken: ct))).ToHashSet();
            foreach (var (name, sql) in scripts.Where(s => !applied.Contains(s.Name)))
            {
                await using var tx = await conn.BeginTransactionAsync(ct);
                await conn.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: ct));
                await conn.ExecuteAsync(new CommandDefinition(
                    $"INSERT INTO {schema}.schema_migrations (name) VALUES (@name)", new { name }, tx, cancellationToken: ct));
                await tx.CommitAsync(ct);
                LogApplied(logger, schema, name);
            }
        }
        finally
        {
            await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(hashtext(@schema))", new { schema }, cancellationToken: ct));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Schema}.{Migration}")]
    private static partial void LogApplied(ILogger logger, string schema, string migration);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for PostgreSQL: {Reason}")]
    private static partial void LogWaiting(ILogger logger, string reason);
}
