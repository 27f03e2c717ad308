using MassTransit;
using Npgsql;

namespace SupplyRisk.ServiceDefaults.Messaging;

/// <summary>Parks single messages of a batch in the consumer's <c>_error</c> queue, so that one
/// item the service cannot use does not hold back the others of its batch.</summary>
public static class ErrorQueues
{
    /// <summary>The <c>_error</c> queue of the queue <paramref name="context"/> was received on.</summary>
    public static Uri For(ConsumeContext context) =>
        new($"queue:{context.ReceiveContext.InputAddress.AbsolutePath.Split('/')[^1]}_error");

    /// <summary>Sends <paramref name="message"/> to the error queue with the reason.</summary>
    public static Task ParkAsync<T>(ConsumeContext context, T message, Exception reason)
        where T : class =>
        context.Send(For(context), message, send => send.Headers.Set("MT-Fault-Message", reason.Message));

    /// <summary>Writes a batch with <paramref name="save"/>. When the database refuses a value
    /// (a data or constraint error: a NUL character in a text, a missing required field), no
    /// retry can help, so the items are written one at a time and each one refused is parked
    /// with <paramref name="park"/>. Any other failure (the database down, say) propagates, and
    /// the whole batch is retried.</summary>
    public static async Task<List<TResult>> SaveOrParkEachAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> save,
        Func<TItem, Exception, Task> park)
    {
        try
        {
            return [.. await save(items)];
        }
        catch (PostgresException e) when (IsRefusedValue(e))
        {
            // Find the culprits below.
        }

        var results = new List<TResult>();
        foreach (var item in items)
        {
            try
            {
                results.AddRange(await save([item]));
            }
            catch (PostgresException e) when (IsRefusedValue(e))
            {
                await park(item, e);
            }
        }
        return results;
    }

    // SQLSTATE class 22 is "data exception" (22021: a character the encoding cannot hold, such
    // as NUL), class 23 "integrity constraint violation" (23502: NULL in a NOT NULL column).
    private static bool IsRefusedValue(PostgresException e) =>
        e.SqlState.StartsWith("22", StringComparison.Ordinal) || e.SqlState.StartsWith("23", StringComparison.Ordinal);
}
