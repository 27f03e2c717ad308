using System.Runtime.CompilerServices;

namespace SupplyRisk.Scoring.Engine.Matching;

/// <summary>A reusable array-backed list of structs: per-thread scratch keeps scoring free of
/// per-article list allocations.</summary>
internal sealed class GrowBuffer<T>
    where T : struct
{
    private T[] _items;

    internal GrowBuffer(int capacity) => _items = new T[capacity];

    internal int Count { get; private set; }

    internal T[] Items => _items;

    internal ref T this[int index] => ref _items[index];

    internal Span<T> AsSpan() => _items.AsSpan(0, Count);

    internal void Clear() => Count = 0;

    // Called for every match, mention and candidate: the common case is small enough to inline,
    // and the growth stays out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(in T item)
    {
        var items = _items;
        var count = Count;
        if ((uint)count < (uint)items.Length)
        {
            items[count] = item;
            Count = count + 1;
            return;
        }

        AddAfterGrowing(item);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddAfterGrowing(in T item)
    {
        Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = item;
    }
}
