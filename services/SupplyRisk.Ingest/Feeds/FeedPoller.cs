using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using SupplyRisk.Ingest.Formats;
using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Feeds;

/// <summary>Polls the configured feeds, each at its own interval, with conditional GETs
/// (<c>If-None-Match</c> / <c>If-Modified-Since</c> from the last answer), and sends their
/// entries through the same path as the API (source kind <c>feed</c>): an entry seen before is
/// a duplicate by URL and stores nothing. A feed that fails (network, HTTP error, a document
/// that is not a feed) is retried after interval × 2^failures, up to the configured maximum;
/// its first good answer resets that.</summary>
internal sealed partial class FeedPoller(
    IOptions<IngestOptions> options,
    IHttpClientFactory httpClients,
    FeedStateStore states,
    IngestService ingest,
    TimeProvider clock,
    ILogger<FeedPoller> logger) : BackgroundService
{
    public const string HttpClientName = "feeds";
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feeds = options.Value.Feeds;
        if (feeds.Count == 0)
        {
            return;
        }
        try
        {
            await states.EnsureAsync(feeds.Select(f => f.Url), stoppingToken);
            var due = feeds.ToDictionary(f => f.Url, _ => DateTimeOffset.MinValue, StringComparer.Ordinal);
            using var timer = new PeriodicTimer(Tick, clock);
            do
            {
                foreach (var feed in feeds)
                {
                    if (clock.GetUtcNow() >= due[feed.Url])
                    {
                        due[feed.Url] = await PollSafelyAsync(feed, stoppingToken);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Polls one feed if it is due (another instance may have polled it); returns when
    /// to look at it again.</summary>
    private async Task<DateTimeOffset> PollSafelyAsync(FeedSource feed, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        try
        {
            var state = await states.ClaimIfDueAsync(feed.Url, now, ct);
            return state is null ? now + TimeSpan.FromSeconds(Math.Min(feed.IntervalSeconds, 5)) : await PollAsync(feed, state, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The database is away: try again shortly; nothing was claimed or ingested.
            LogStateUnavailable(logger, feed.Url, e.Message);
            return now + TimeSpan.FromSeconds(5);
        }
    }

    internal async Task<DateTimeOffset> PollAsync(FeedSource feed, FeedState state, CancellationToken ct)
    {
        var interval = TimeSpan.FromSeconds(feed.IntervalSeconds);
        int? status = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, feed.Url);
            if (state.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }
            if (state.LastModified is { Length: > 0 } lastModified && DateTimeOffset.TryParse(lastModified, out var since))
            {
                request.Headers.IfModifiedSince = since;
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.FeedTimeoutSeconds));
            using var response = await httpClients.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            var now = clock.GetUtcNow();
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                await states.RecordSuccessAsync(feed.Url, status.Value, null, null, 0, 0, now, now + interval, ct);
                IngestMetrics.FeedPolls.WithLabels("unchanged").Inc();
                return now + interval;
            }
            if (!response.IsSuccessStatusCode)
            {
                return await FailAsync(feed, state, status, $"HTTP {status} {response.ReasonPhrase}", ct);
            }
            var bytes = await ReadLimitedAsync(response.Content, timeout.Token);
            if (bytes is null)
            {
                return await FailAsync(feed, state, status, $"the feed is larger than {NewsFileReader.MaxFileBytes / (1024 * 1024)} MB", ct);
            }
            var decoded = TextDecoder.Decode(bytes);
            var parsed = decoded.Error is null ? FeedParser.Parse(decoded.Text, new Uri(feed.Url), feed.Name) : FileItems.Failed(decoded.Error);
            if (parsed.Error is not null)
            {
                return await FailAsync(feed, state, status, parsed.Error, ct);
            }
            var result = parsed.Items.Count == 0
                ? new IngestResult(0, 0, 0, [])
                : await ingest.IngestAsync(parsed.Items, SourceKinds.Feed, ct);
            foreach (var rejected in result.Items.Where(i => i.Status == IngestResult.RejectedStatus))
            {
                LogEntryRejected(logger, feed.Url, rejected.Index, string.Join("; ", rejected.Errors ?? []));
            }
            now = clock.GetUtcNow();
            await states.RecordSuccessAsync(feed.Url, status.Value, response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"), parsed.Items.Count, result.Accepted, now, now + interval, ct);
            IngestMetrics.FeedPolls.WithLabels("changed").Inc();
            LogPolled(logger, feed.Url, parsed.Items.Count, result.Accepted, result.Duplicates, result.Rejected);
            return now + interval;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
        {
            return await FailAsync(feed, state, status, e.Message, ct);
        }
    }

    private async Task<DateTimeOffset> FailAsync(FeedSource feed, FeedState state, int? status, string error, CancellationToken ct)
    {
        var failures = state.ConsecutiveFailures + 1;
        var wait = Backoff(feed.IntervalSeconds, failures, options.Value.FeedMaxBackoffSeconds);
        var next = clock.GetUtcNow() + wait;
        await states.RecordFailureAsync(feed.Url, status, error, failures, next, ct);
        IngestMetrics.FeedPolls.WithLabels("failed").Inc();
        LogPollFailed(logger, feed.Url, failures, wait.TotalSeconds, error);
        return next;
    }

    /// <summary>interval × 2^failures, at most <paramref name="maxSeconds"/>.</summary>
    public static TimeSpan Backoff(int intervalSeconds, int failures, int maxSeconds) =>
        TimeSpan.FromSeconds(Math.Min(maxSeconds, intervalSeconds * Math.Pow(2, Math.Min(failures, 30))));

    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken ct)
    {
        if (content.Headers.ContentLength > NewsFileReader.MaxFileBytes)
        {
            return null;
        }
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > NewsFileReader.MaxFileBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled feed {Feed}: {Entries} entries, {New} stored, {Duplicates} duplicates, {Rejected} rejected")]
    private static partial void LogPolled(ILogger logger, string feed, int entries, int @new, int duplicates, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed} failed ({Failures} in a row); next poll in {BackoffSeconds} s: {Reason}")]
    private static partial void LogPollFailed(ILogger logger, string feed, int failures, double backoffSeconds, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed}: entry {Index} rejected: {Reason}")]
    private static partial void LogEntryRejected(ILogger logger, string feed, int index, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed state for {Feed} is unavailable: {Reason}")]
    private static partial void LogStateUnavailable(ILogger logger, string feed, string reason);
}
