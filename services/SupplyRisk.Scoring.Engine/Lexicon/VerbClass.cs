namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>What a verb does to supply; one word may carry several (e.g. "suspend" stops
/// exports but relieves controls), and the nearest noun decides.</summary>
internal enum VerbClass
{
    Stop,
    Relief,
    Resume,
    Grant,
    Impose,
    Deny,
    Open,
    Rise,

    /// <summary>Falls in a level ("prices slumped"); fall words also stop flows ("exports fell").</summary>
    Fall,

    /// <summary>Waivers and exemptions: relief from controls named by what they let through
    /// ("the waiver on germanium shipments", "exempted gallium exports"), where a relief verb
    /// takes the controls themselves.</summary>
    Waive,

    /// <summary>Taking back what was granted: revoked licences are permits withdrawn, while
    /// revoked controls are lifted (the group's relief class).</summary>
    Revoke,

    /// <summary>Raising what follows as its object ("boosted gallium exports", "stepped up
    /// shipments"): with exports, a rise, as "exports rose" is.</summary>
    Raise,

    /// <summary>Using up what is held ("run out", "dwindle", "exhausted", "last only"): with
    /// stocks, a shortage.</summary>
    Deplete,
}
