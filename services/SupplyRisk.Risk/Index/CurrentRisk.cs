using Microsoft.Extensions.Options;

namespace SupplyRisk.Risk.Index;

/// <summary>The index "now", shared by the API, the gauges and the change events. A snapshot
/// is reused for at most <see cref="MaxAge"/> — decay moves an index by far less than its
/// rounding in that time — and never after new contributions were committed
/// (<see cref="Invalidate"/>), so a read after a write always sees the write. One computation
/// runs at a time; concurrent readers wait for it instead of each querying the database.</summary>
internal sealed class CurrentRisk(RiskIndexQueries queries, TimeProvider clock, IOptions<RiskOptions> options)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _computing = new(1, 1);
    private RiskSnapshot? _snapshot;
    private long _version;
    private long _snapshotVersion = -1;

    public void Invalidate() => Interlocked.Increment(ref _version);

    public async Task<RiskSnapshot> GetAsync(CancellationToken ct, bool fresh = false)
    {
        if (!fresh && IsCurrent(_snapshot, _snapshotVersion))
        {
            return _snapshot!;
        }
        await _computing.WaitAsync(ct);
        try
        {
            if (!fresh && IsCurrent(_snapshot, _snapshotVersion))
            {
                return _snapshot!;
            }
            var version = Interlocked.Read(ref _version);
            var now = clock.GetUtcNow();
            var sectors = await queries.CurrentAsync(now, ct);
            _snapshot = new RiskSnapshot(now, sectors, (sector, token) => queries.DriversAsync(sector, now, options.Value.DriverCount, token));
            _snapshotVersion = version;
            return _snapshot;
        }
        finally
        {
            _computing.Release();
        }
    }

    private bool IsCurrent(RiskSnapshot? snapshot, long snapshotVersion) =>
        snapshot is not null
        && snapshotVersion == Interlocked.Read(ref _version)
        && clock.GetUtcNow() - snapshot.At <= MaxAge;
}
