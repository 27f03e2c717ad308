namespace SupplyRisk.Risk.Index;

/// <summary>How long the recalculator waits after a recomputation before the next one may start.</summary>
internal static class RecomputePacing
{
    /// <summary>At least <paramref name="minInterval"/>, and long enough that a recomputation
    /// that took <paramref name="took"/> keeps the database busy for at most
    /// <paramref name="maxShare"/> of the time.</summary>
    public static TimeSpan Pause(TimeSpan minInterval, TimeSpan took, double maxShare)
    {
        var share = Math.Clamp(maxShare, 0.01, 1);
        var proportional = took * ((1 - share) / share);
        return proportional > minInterval ? proportional : minInterval;
    }
}
