using Prometheus;

namespace SupplyRisk.ServiceDefaults.Hosting;

/// <summary>How much the service allocates and how long the garbage collector pauses it, read
/// from the runtime at each scrape. prometheus-net's own runtime metrics give collection
/// counts and heap size only, and the runtime's meters are not exported (their names break
/// Prometheus' rules), so these two are added here: allocation per request or per item is the
/// one cost figure that does not drift with the machine's speed.</summary>
internal static class GarbageCollectorMetrics
{
    private static int s_registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref s_registered, 1) == 1)
        {
            return;
        }
        var allocated = Metrics.CreateCounter(
            "dotnet_gc_allocated_bytes_total", "Bytes allocated on the managed heap since the process started.");
        var paused = Metrics.CreateCounter(
            "dotnet_gc_pause_seconds_total", "Time the garbage collector held the process's threads paused since it started.");
        Metrics.DefaultRegistry.AddBeforeCollectCallback(() =>
        {
            allocated.IncTo(GC.GetTotalAllocatedBytes());
            paused.IncTo(GC.GetTotalPauseDuration().TotalSeconds);
        });
    }
}
