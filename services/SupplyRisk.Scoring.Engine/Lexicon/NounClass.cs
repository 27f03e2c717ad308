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
}
