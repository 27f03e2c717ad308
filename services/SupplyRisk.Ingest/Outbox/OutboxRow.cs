using SupplyRisk.Contracts;

namespace SupplyRisk.Ingest.Outbox;

/// <summary>An outbox row with the item it announces, as the relay publishes it. Times are in
/// UTC and whole microseconds, as PostgreSQL stores them, so a row handed over in memory and
/// the same row read back from the table give the same message.</summary>
internal sealed record OutboxRow(
    long OutboxId, Guid NewsId, Guid ClusterId, string Title, string Body, DateTime PublishedAt,
    DateTime AcceptedAt, string SourceKind, string? Source, string? Url, string? Language)
{
    public NewsItemIngested ToMessage() => new(
        NewsId, ClusterId, Title, Body,
        new DateTimeOffset(DateTime.SpecifyKind(PublishedAt, DateTimeKind.Utc)),
        new DateTimeOffset(DateTime.SpecifyKind(AcceptedAt, DateTimeKind.Utc)),
        SourceKind, Source, Url, Language);

    /// <summary>A time as the database keeps it: UTC, truncated to microseconds (as Npgsql writes it).</summary>
    public static DateTime AsStored(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
