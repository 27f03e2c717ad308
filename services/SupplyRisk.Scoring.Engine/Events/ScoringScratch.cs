using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Sentences;

namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>Per-thread working memory for one scoring call, reused across calls so an article
/// allocates little beyond its result.</summary>
internal sealed class ScoringScratch
{
    [ThreadStatic]
    private static ScoringScratch? _current;

    internal static ScoringScratch Current => _current ??= new ScoringScratch();

    internal GrowBuffer<RawMatch> Raw { get; } = new(256);

    internal GrowBuffer<Mention> Mentions { get; } = new(256);

    internal GrowBuffer<SentenceSpan> Sentences { get; } = new(128);

    internal GrowBuffer<EventCandidate> Candidates { get; } = new(16);

    internal GrowBuffer<HedgeMark> Hedges { get; } = new(16);

    internal GrowBuffer<SentenceSpan> EventSentences { get; } = new(32);

    internal List<ExtractedEvent> Events { get; } = new(32);

    internal bool[] Consumed { get; private set; } = new bool[256];

    /// <summary>Per mention, whether it is a flow noun that only says what a control before it
    /// covers ("its ban on gallium exports").</summary>
    internal bool[] Covered { get; private set; } = new bool[256];

    /// <summary>Per mention index m, the characters taken by material and country words (with
    /// a space each) among the sentence's mentions before m: what pairing does not count as
    /// distance.</summary>
    internal int[] ModifierChars { get; private set; } = new int[257];

    private SentenceFacts[] _facts = new SentenceFacts[128];

    internal SentenceFacts[] PrepareFacts(int sentences, int mentions)
    {
        if (_facts.Length < sentences)
        {
            _facts = new SentenceFacts[Math.Max(sentences, _facts.Length * 2)];
        }

        if (Consumed.Length < mentions)
        {
            Consumed = new bool[Math.Max(mentions, Consumed.Length * 2)];
            Covered = new bool[Consumed.Length];
            ModifierChars = new int[Consumed.Length + 1];
        }

        return _facts;
    }
}
