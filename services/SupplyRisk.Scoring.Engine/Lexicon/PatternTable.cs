using System.Text.Json;
using SupplyRisk.Scoring.Engine.Matching;

namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>Collects patterns while the seeds load: folds each one, adds simple plurals for
/// nouns ("ban" → "bans", "facility" → "facilities") and merges meanings that share a folded
/// form into one slot.</summary>
internal sealed class PatternTable
{
    private readonly Dictionary<string, List<Payload>> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Adds the <c>patterns</c> (case-insensitive) and <c>caseSensitive</c> arrays of a
    /// seed entry.</summary>
    internal void AddEntry(JsonElement entry, MentionKind kind, int id, int arg, bool plural)
    {
        if (entry.TryGetProperty("patterns", out var list))
        {
            foreach (var p in list.EnumerateArray())
            {
                Add(p.GetString()!, new Payload(kind, id, arg, null), plural);
            }
        }

        if (entry.TryGetProperty("caseSensitive", out var exact))
        {
            foreach (var p in exact.EnumerateArray())
            {
                var text = p.GetString()!;
                Add(text, new Payload(kind, id, arg, text), plural: false);
            }
        }
    }

    internal void Add(string pattern, Payload payload, bool plural)
    {
        var folded = CharClasses.Fold(pattern);
        AddFolded(folded, payload);
        if (!plural || folded.Length < 3 || !char.IsAsciiLetter(folded[^1]) || folded[^1] == 's')
        {
            return;
        }

        var last = folded[^1];
        var beforeLast = folded[^2];
        if (last == 'y' && !"aeiou".Contains(beforeLast, StringComparison.Ordinal))
        {
            AddFolded(folded[..^1] + "ies", payload);
        }
        else
        {
            AddFolded(folded + "s", payload);
        }
    }

    private void AddFolded(string folded, Payload payload)
    {
        if (!_slots.TryGetValue(folded, out var payloads))
        {
            payloads = [];
            _slots[folded] = payloads;
            _order.Add(folded);
        }

        if (!payloads.Contains(payload))
        {
            payloads.Add(payload);
        }
    }

    internal (IReadOnlyList<string> Folded, Payload[][] Slots) Build()
    {
        var slots = new Payload[_order.Count][];
        for (var i = 0; i < _order.Count; i++)
        {
            slots[i] = [.. _slots[_order[i]]];
            if (slots[i].Length > 32)
            {
                throw new InvalidOperationException($"Pattern '{_order[i]}' has more than 32 meanings.");
            }
        }

        return (_order, slots);
    }
}
