namespace SupplyRisk.Risk.Index;

/// <summary>Wakes the recalculator when new contributions are committed.</summary>
internal sealed class RecomputeSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already pending: one recomputation covers every commit before it.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
