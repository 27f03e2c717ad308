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

    internal void Add(in T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }
}
