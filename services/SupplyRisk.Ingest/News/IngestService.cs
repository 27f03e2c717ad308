using SupplyRisk.Ingest.NearDuplicates;

namespace SupplyRisk.Ingest.News;

/// <summary>The one path every item takes, whatever its source: validate and normalise,
/// drop exact duplicates (within the batch and against the store), sketch the text for
/// near-duplicate matching, store with its outbox row (a near-duplicate is stored in the
/// cluster of the story it copies; the store hands the new rows to the relay), and count.</summary>
internal sealed class IngestService(NewsItemValidator validator, NewsItemStore store, TimeProvider clock)
{
    public async Task<IngestResult> IngestAsync(IReadOnlyList<RawNewsItem> items, string sourceKind, CancellationToken ct)
    {
        var outcomes = new ItemOutcome?[items.Count];
        var candidates = new List<(int Index, NewsCandidate Candidate)>();
        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicateWithinBatch = new List<(int Index, int FirstIndex)>();

        for (var i = 0; i < items.Count; i++)
        {
            var (candidate, errors) = validator.Validate(items[i]);
            if (candidate is null)
            {
                outcomes[i] = new ItemOutcome(i, IngestResult.RejectedStatus, null, null, items[i].Id, errors);
                continue;
            }
            var first = Keys(candidate).Select(k => firstByKey.TryGetValue(k, out var f) ? f : -1).FirstOrDefault(f => f >= 0, -1);
            if (first >= 0)
            {
                duplicateWithinBatch.Add((i, first));
                continue;
            }
            foreach (var key in Keys(candidate))
            {
                firstByKey[key] = candidates.Count;
            }
            candidates.Add((i, candidate));
        }

        IReadOnlyList<NewsItemStore.Stored> stored = [];
        if (candidates.Count > 0)
        {
            var sketches = candidates.Select(c => NearDuplicateDetector.Sketch(c.Candidate.Body)).ToList();
            stored = await store.StoreAsync(candidates.Select(c => c.Candidate).ToList(), sketches, sourceKind, clock.GetUtcNow(), ct);
        }
        for (var k = 0; k < candidates.Count; k++)
        {
            var (index, candidate) = candidates[k];
            var s = stored[k];
            outcomes[index] = s switch
            {
                { IsNew: true, DuplicateOf: { } original } =>
                    new ItemOutcome(index, IngestResult.NearDuplicate, s.Id, original, candidate.ClientId, null, s.ClusterId),
                { IsNew: true } => new ItemOutcome(index, IngestResult.New, s.Id, null, candidate.ClientId, null, s.ClusterId),
                _ => new ItemOutcome(index, IngestResult.Duplicate, s.Id, s.Id, candidate.ClientId, null, s.ClusterId),
            };
        }
        foreach (var (index, firstCandidate) in duplicateWithinBatch)
        {
            var first = stored[firstCandidate];
            outcomes[index] = new ItemOutcome(index, IngestResult.Duplicate, first.Id, first.Id, items[index].Id, null, first.ClusterId);
        }

        var nearDuplicates = outcomes.Count(o => o!.Status == IngestResult.NearDuplicate);
        var result = new IngestResult(
            outcomes.Count(o => o!.Status == IngestResult.New) + nearDuplicates,
            outcomes.Count(o => o!.Status == IngestResult.Duplicate),
            outcomes.Count(o => o!.Status == IngestResult.RejectedStatus),
            outcomes!)
        {
            NearDuplicates = nearDuplicates,
        };
        IngestMetrics.Ingested.WithLabels(sourceKind).Inc(result.Accepted);
        IngestMetrics.Duplicates.Inc(result.Duplicates);
        IngestMetrics.NearDuplicates.Inc(nearDuplicates);
        IngestMetrics.Rejected.Inc(result.Rejected);
        return result;
    }

    // The keys under which two items are the same story.
    private static IEnumerable<string> Keys(NewsCandidate c)
    {
        yield return "h:" + Convert.ToHexString(c.ContentHash);
        if (c.Url is not null)
        {
            yield return "u:" + c.Url;
        }
        if (c.ClientId is not null)
        {
            yield return "c:" + c.ClientId;
        }
    }
}
