using SupplyRisk.Ingest.Outbox;

namespace SupplyRisk.Ingest.Tests;

/// <summary>The hand-over from the transactions that store news to the outbox relay: rows come
/// out in order, a full hand sends the relay to the table, and rows the relay already
/// published from the table are not published again from hand.</summary>
public sealed class Handing_over_outbox_rows
{
    [Fact]
    public void Rows_are_taken_oldest_first_in_batches()
    {
        var signal = new OutboxSignal();
        signal.HandOver(Rows(1, 3));
        signal.HandOver(Rows(4, 2));

        Assert.Equal([1L, 2, 3, 4], signal.Take(4).Select(r => r.OutboxId));
        Assert.Equal([5L], signal.Take(4).Select(r => r.OutboxId));
        Assert.Empty(signal.Take(4));
        Assert.False(signal.TakeOverflow());
    }

    [Fact]
    public void A_hand_over_beyond_the_limit_is_dropped_and_sends_the_relay_to_the_table_once()
    {
        var signal = new OutboxSignal();
        signal.HandOver(Rows(1, OutboxSignal.MaxInHand - 1));
        signal.HandOver(Rows(OutboxSignal.MaxInHand, 2));

        Assert.Equal(OutboxSignal.MaxInHand - 1, signal.InHand);
        Assert.True(signal.TakeOverflow());
        Assert.False(signal.TakeOverflow());
    }

    [Fact]
    public void Rows_published_from_the_table_leave_the_hand_and_are_not_taken_when_handed_over_late()
    {
        var signal = new OutboxSignal();
        signal.HandOver(Rows(1, 4));

        // The relay read rows 2, 3 and 7 from the table and published them; 7's hand-over comes after.
        signal.PublishedFromTable([2L, 3, 7]);
        signal.HandOver(Rows(6, 3));

        Assert.Equal([1L, 4, 6, 8], signal.Take(10).Select(r => r.OutboxId));
    }

    [Fact]
    public void Times_are_kept_as_the_database_keeps_them()
    {
        // 100-nanosecond ticks beyond the microsecond are dropped, and the offset becomes UTC.
        var time = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

        var stored = OutboxRow.AsStored(time);

        Assert.Equal(DateTimeKind.Utc, stored.Kind);
        Assert.Equal(new DateTime(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc).AddTicks(1_234_560), stored);
    }

    private static List<OutboxRow> Rows(long firstId, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new OutboxRow(firstId + i, Guid.NewGuid(), Guid.NewGuid(), "title", "body",
                DateTime.UtcNow, DateTime.UtcNow, "api", null, null, null))
            .ToList();
}
