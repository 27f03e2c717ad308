namespace SupplyRisk.Ingest.Feeds;

/// <summary>What the last polls of a feed left for the next one: the validators of a
/// conditional GET and the number of failures in a row (for the backoff).</summary>
internal sealed record FeedState(string Url, string? ETag, string? LastModified, int ConsecutiveFailures);
