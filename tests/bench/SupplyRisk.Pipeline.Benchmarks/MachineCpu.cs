namespace SupplyRisk.Pipeline.Benchmarks;

internal static class MachineCpu
{
    /// <summary>CPU seconds all processes have used since boot (user, nice, system, irq and
    /// softirq from /proc/stat, in the kernel's fixed 100 ticks per second).</summary>
    public static double Seconds()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Ticks(int i) => long.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture);
        return (Ticks(1) + Ticks(2) + Ticks(3) + Ticks(6) + Ticks(7)) / 100.0;
    }
}
