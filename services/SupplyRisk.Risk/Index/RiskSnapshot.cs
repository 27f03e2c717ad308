using SupplyRisk.Contracts;

namespace SupplyRisk.Risk.Index;

/// <summary>Every sector's index at one moment. Drivers are looked up only when someone asks
/// (the API, a change event), once per snapshot and sector: they cost a query each, and the
/// recalculator makes a snapshot far more often than anyone reads drivers.</summary>
internal sealed class RiskSnapshot(DateTimeOffset at, IReadOnlyList<SectorRisk> sectors, Func<string, CancellationToken, Task<IReadOnlyList<RiskDriver>>> loadDrivers)
{
    private readonly Dictionary<string, Task<IReadOnlyList<RiskDriver>>> _drivers = new(StringComparer.Ordinal);

    public DateTimeOffset At { get; } = at;

    public IReadOnlyList<SectorRisk> Sectors { get; } = sectors;

    public Task<IReadOnlyList<RiskDriver>> DriversAsync(string sector, CancellationToken ct)
    {
        lock (_drivers)
        {
            if (!_drivers.TryGetValue(sector, out var task) || task.IsFaulted || task.IsCanceled)
            {
                // Not tied to one caller's token: other readers of the snapshot share the result.
                task = loadDrivers(sector, CancellationToken.None);
                _drivers[sector] = task;
            }
            return task.WaitAsync(ct);
        }
    }
}
