namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>What a hedge word casts doubt on.</summary>
internal enum HedgeReach
{
    /// <summary>Every event of its sentence: "if", "whether", "reportedly", "speculation".</summary>
    Sentence,

    /// <summary>The events of its own clause: "could", "plans to", "warned" ("exports fell, and
    /// analysts warned of more pain" does not doubt the fall).</summary>
    Clause,

    /// <summary>Only what comes after it in its clause: what a worry is about ("prices doubled on
    /// fears of a new ban" doubts the ban, not the doubling).</summary>
    AfterIt,

    /// <summary>Nothing: a worry whose cause follows it ("carmakers are worried after exports fell").</summary>
    None,
}

/// <summary>A hedge word of a sentence, where it stands and how far it reaches.</summary>
internal readonly record struct HedgeMark(int Start, int End, HedgeReach Reach);
