namespace SupplyRisk.Ingest.NearDuplicates;

/// <summary>The distinct shingle hashes of one text, in the order first seen. A text has a few
/// hundred shingles and the hashes are already well mixed, so open addressing on their low
/// bits finds a slot in a probe or two; <see cref="HashSet{T}"/> took about a third of the
/// sketching time. One instance per thread is reused (<see cref="ForThisThread"/>).</summary>
internal sealed class ShingleSet
{
    private const int InitialSlots = 1024;
    private const int MaxKeptSlots = 8192; // a long text's table is dropped, not kept and cleared each time

    [ThreadStatic]
    private static ShingleSet? t_current;

    private ulong[] _slots = new ulong[InitialSlots];
    private ulong[] _values = new ulong[InitialSlots / 2];
    private bool _hasZero; // 0 marks an empty slot, so a hash of 0 is noted apart

    public int Count { get; private set; }

    public ReadOnlySpan<ulong> Values => _values.AsSpan(0, Count);

    /// <summary>This thread's set, emptied. Valid until the thread asks for it again.</summary>
    public static ShingleSet ForThisThread()
    {
        var set = t_current ??= new ShingleSet();
        set.Clear();
        return set;
    }

    public void Add(ulong hash)
    {
        if (hash == 0)
        {
            if (!_hasZero)
            {
                _hasZero = true;
                Append(0);
            }
            return;
        }
        var mask = _slots.Length - 1;
        var i = (int)hash & mask;
        while (true)
        {
            var slot = _slots[i];
            if (slot == hash)
            {
                return;
            }
            if (slot == 0)
            {
                _slots[i] = hash;
                Append(hash);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    public void Clear()
    {
        if (_slots.Length > MaxKeptSlots)
        {
            _slots = new ulong[InitialSlots];
            _values = new ulong[InitialSlots / 2];
        }
        else if (Count > 0)
        {
            Array.Clear(_slots);
        }
        Count = 0;
        _hasZero = false;
    }

    private void Append(ulong hash)
    {
        if (Count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
        }
        _values[Count++] = hash;
        // Keep the table at most half full, so probes stay short.
        if (Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }
    }

    private void Rehash(int size)
    {
        _slots = new ulong[size];
        var mask = size - 1;
        foreach (var hash in Values)
        {
            if (hash == 0)
            {
                continue;
            }
            var i = (int)hash & mask;
            while (_slots[i] != 0)
            {
                i = (i + 1) & mask;
            }
            _slots[i] = hash;
        }
    }
}
