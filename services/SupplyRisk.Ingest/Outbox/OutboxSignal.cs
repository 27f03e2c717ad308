namespace SupplyRisk.Ingest.Outbox;

/// <summary>Between the transactions that store news and the relay that publishes it: wakes the
/// relay right after a commit and hands it the rows just committed, so it need not read them
/// back (a row brings its item's body, a few KB, through a join and decompression). The table
/// stays the record: the relay reads it at start, after a failure, when this hand-over
/// overflowed, and whenever it has nothing in hand, which also finds rows other instances left.</summary>
internal sealed class OutboxSignal
{
    /// <summary>Rows kept in hand at most; beyond, hand-overs are dropped and the table read instead.</summary>
    public const int MaxInHand = 10_000;

    // Outbox ids the relay published from the table, remembered for a while: a hand-over that
    // arrives after its rows were read from the table is not published a second time.
    private const int MaxRemembered = 20_000;

    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly object _sync = new();
    private readonly Queue<OutboxRow> _inHand = new();
    private HashSet<long> _publishedFromTable = [];
    private bool _overflowed;

    /// <summary>Rows handed over and not yet taken.</summary>
    public int InHand
    {
        get
        {
            lock (_sync)
            {
                return _inHand.Count;
            }
        }
    }

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the relay will read everything committed so far.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    /// <summary>Called after the commit that stored <paramref name="rows"/>.</summary>
    public void HandOver(IReadOnlyList<OutboxRow> rows)
    {
        lock (_sync)
        {
            if (_inHand.Count + rows.Count > MaxInHand)
            {
                _overflowed = true;
            }
            else
            {
                foreach (var row in rows)
                {
                    if (!_publishedFromTable.Contains(row.OutboxId))
                    {
                        _inHand.Enqueue(row);
                    }
                }
            }
        }
        Notify();
    }

    /// <summary>Up to <paramref name="max"/> rows, oldest first.</summary>
    public List<OutboxRow> Take(int max)
    {
        lock (_sync)
        {
            var rows = new List<OutboxRow>(Math.Min(max, _inHand.Count));
            while (rows.Count < max && _inHand.TryDequeue(out var row))
            {
                rows.Add(row);
            }
            return rows;
        }
    }

    /// <summary>True (once) if a hand-over was dropped since the last call: read the table.</summary>
    public bool TakeOverflow()
    {
        lock (_sync)
        {
            var overflowed = _overflowed;
            _overflowed = false;
            return overflowed;
        }
    }

    /// <summary>After the relay published rows it read from the table: drop them from hand, and
    /// from hand-overs still to come.</summary>
    public void PublishedFromTable(IReadOnlyCollection<long> outboxIds)
    {
        lock (_sync)
        {
            if (_publishedFromTable.Count + outboxIds.Count > MaxRemembered)
            {
                _publishedFromTable = [];
            }
            _publishedFromTable.UnionWith(outboxIds);
            if (_inHand.Count > 0)
            {
                var kept = _inHand.Where(r => !_publishedFromTable.Contains(r.OutboxId)).ToList();
                _inHand.Clear();
                foreach (var row in kept)
                {
                    _inHand.Enqueue(row);
                }
            }
        }
    }
}
