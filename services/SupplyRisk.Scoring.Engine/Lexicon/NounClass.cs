namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>The kind of thing an event acts on; verbs pair with these to form events.</summary>
internal enum NounClass
{
    Control,
    Licence,
    Flow,
    Plant,
    Mine,
    Production,
    Capacity,
    Price,
    Quota,

    /// <summary>How long exporters wait for a licence ("waiting times"): longer is a delay,
    /// shorter a speed-up.</summary>
    Wait,

    /// <summary>How long buyers wait for what they order ("lead times", "delivery times"): longer
    /// is a delay of supply, shorter a recovery. Not a wait for a licence (<see cref="Wait"/>),
    /// though a time compared with another moves it the same way.</summary>
    LeadTime,

    /// <summary>What buyers hold in store ("stocks", "inventories", "stockpiles"): stores that
    /// run out or dwindle are a shortage coming.</summary>
    Stock,
}
