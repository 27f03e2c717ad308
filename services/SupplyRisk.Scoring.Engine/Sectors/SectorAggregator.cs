using SupplyRisk.Scoring.Engine.Events;
using SupplyRisk.Scoring.Engine.Lexicon;

namespace SupplyRisk.Scoring.Engine.Sectors;

/// <summary>Turns events into per-sector contributions in index points. A sector is touched by
/// an event when one of its materials weighs at least the threshold for that sector or the
/// sector is named in the event's sentence. Repeats of one event type count with decaying
/// weight (corroboration, not repetition), and the sum saturates so no single article can push
/// a sector by more than about the saturation value.</summary>
internal sealed class SectorAggregator(ScoringLexicon lexicon)
{
    private readonly ScaleSettings _scale = lexicon.Scale;

    /// <summary>How much an event bears on a sector (0 = not at all).</summary>
    internal double Exposure(ExtractedEvent ev, int sector)
    {
        if ((ev.NamedSectors & (1 << sector)) != 0)
        {
            return 1.0;
        }

        if (ev.OnlyNamedSectors)
        {
            return 0.0;
        }

        var weight = 0.0;
        var set = ev.Materials;
        while (set != 0)
        {
            var m = System.Numerics.BitOperations.TrailingZeroCount(set);
            set &= set - 1;
            weight = Math.Max(weight, lexicon.Materials[m].SectorWeights[sector]);
        }

        return weight >= _scale.SectorWeightThreshold ? weight : 0.0;
    }

    /// <summary>Combined signed points: per event type the strongest counts fully, the next
    /// ones by <c>repeatDecay</c>ⁿ; then saturated with <c>S·tanh(x/S)</c>.</summary>
    internal double Combine(List<ExtractedEvent> list, int sector)
    {
        var events = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
        Span<double> values = events.Length <= 256 ? stackalloc double[events.Length] : new double[events.Length];
        Span<bool> used = events.Length <= 256 ? stackalloc bool[events.Length] : new bool[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            var exposure = sector < 0 ? 1.0 : Exposure(events[i], sector);
            values[i] = events[i].Direction * events[i].Magnitude * exposure;
        }

        var total = 0.0;
        for (var i = 0; i < events.Length; i++)
        {
            if (used[i] || values[i] == 0)
            {
                continue;
            }

            // Gather this type's values, strongest first, with decaying weight.
            var type = events[i].Type;
            var factor = 1.0;
            while (true)
            {
                var best = -1;
                for (var j = i; j < events.Length; j++)
                {
                    if (!used[j] && values[j] != 0 && events[j].Type == type && (best < 0 || Math.Abs(values[j]) > Math.Abs(values[best])))
                    {
                        best = j;
                    }
                }

                if (best < 0)
                {
                    break;
                }

                used[best] = true;
                total += values[best] * factor;
                factor *= _scale.RepeatDecay;
            }
        }

        return _scale.Saturation * Math.Tanh(total / _scale.Saturation);
    }

    internal string DirectionOf(double points, double threshold) =>
        points >= threshold ? "up" : points <= -threshold ? "down" : "none";
}
