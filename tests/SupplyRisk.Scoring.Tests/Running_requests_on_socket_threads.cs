using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupplyRisk.ServiceDefaults.Hosting;

namespace SupplyRisk.Scoring.Tests;

/// <summary>The <c>SocketTransport:Inline</c> setting that the scoring service turns on in its
/// appsettings.json: both hand-offs to the thread pool go, or neither.</summary>
[Collection(nameof(Running_requests_on_socket_threads))] // the tests change the process's environment
public sealed class Running_requests_on_socket_threads
{
    private const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    [Fact]
    public void The_setting_runs_requests_and_socket_completions_inline()
    {
        var (scheduling, completions) = Build("--SocketTransport:Inline=true", environmentBefore: null);

        Assert.True(scheduling);
        Assert.Equal("1", completions);
    }

    [Fact]
    public void Without_the_setting_both_stay_on_the_thread_pool()
    {
        var (scheduling, completions) = Build("--SocketTransport:Inline=false", environmentBefore: null);

        Assert.False(scheduling);
        Assert.Null(completions);
    }

    [Fact]
    public void A_value_already_in_the_environment_wins()
    {
        var (_, completions) = Build("--SocketTransport:Inline=true", environmentBefore: "0");

        Assert.Equal("0", completions);
    }

    private static (bool Scheduling, string? Completions) Build(string setting, string? environmentBefore)
    {
        var saved = Environment.GetEnvironmentVariable(InlineCompletions);
        Environment.SetEnvironmentVariable(InlineCompletions, environmentBefore);
        try
        {
            var builder = ServiceBuilder.Create([setting], defaultPort: 5999);
            using var app = builder.Build();
            var options = app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;
            return (options.UnsafePreferInlineScheduling, Environment.GetEnvironmentVariable(InlineCompletions));
        }
        finally
        {
            Environment.SetEnvironmentVariable(InlineCompletions, saved);
        }
    }
}
