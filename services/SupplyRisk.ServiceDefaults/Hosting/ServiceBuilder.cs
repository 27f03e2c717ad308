using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

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
        if (builder.Configuration.GetValue<bool>(InlineSetting))
        {
            RunRequestsOnSocketThreads(builder);
        }
        return builder;
    }

    /// <summary>When true, requests run on the threads that poll the sockets (see
    /// <see cref="RunRequestsOnSocketThreads"/>). For services whose requests are short and
    /// CPU-bound; an endpoint that may work longer must hop to the thread pool itself.</summary>
    public const string InlineSetting = "SocketTransport:Inline";

    // By default a socket's completion is queued to the thread pool, and Kestrel queues the
    // request again from there: two hand-offs, each a wake-up and a context switch on a busy
    // machine. Running both inline saves them (POST /v1/score: about 5 % more requests per
    // second on the 2-core VM, tests/bench/README.md). The price is that a request that runs
    // long holds up the other connections polled by the same thread. The runtime reads its switch once, when
    // the first socket is made, so it is set here, before the host exists; a value given in the
    // environment wins.
    // Kestrel also first waits for data with an empty read and only then reads into a buffer:
    // two receive calls per request. Reading into a buffer at once makes it one (POST
    // /v1/score: 1.09 against 2.00 recvfrom calls per request, counted with perf's syscall
    // tracepoints; the CPU saved, about 1 %, is below what the VM's drift lets us see). Each open
    // connection then holds a 4 KB buffer while it waits.
    private static void RunRequestsOnSocketThreads(WebApplicationBuilder builder)
    {
        const string inlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";
        if (Environment.GetEnvironmentVariable(inlineCompletions) is null)
        {
            Environment.SetEnvironmentVariable(inlineCompletions, "1");
        }
        builder.WebHost.UseSockets(o =>
        {
            o.UnsafePreferInlineScheduling = true;
            o.WaitForDataBeforeAllocatingBuffer = false;
        });
    }
}
