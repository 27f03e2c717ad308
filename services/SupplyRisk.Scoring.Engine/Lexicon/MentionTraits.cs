using System.Numerics;

namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>What the event rules ask of a mention, one bit each: "is it a noun", "a verb of
/// granting", "a truce phrase". A mention carries the traits of the payloads it kept (those its
/// <see cref="Matching.Mention.PayloadMask"/> names), worked out once when it is found.</summary>
[Flags]
internal enum MentionTraits : uint
{
    None = 0,
    Noun = 1u << 0,
    FlowNoun = 1u << 1,
    ControlNoun = 1u << 2,
    LicenceNoun = 1u << 3,
    WaitNoun = 1u << 4,
    LeadTimeNoun = 1u << 5,

    /// <summary>A control or a licence: a rule that relief may lift.</summary>
    RuleNoun = 1u << 6,

    /// <summary>A mine, a plant or a capacity.</summary>
    SiteNoun = 1u << 7,

    /// <summary>A noun only where a material follows ("from buying gallium"; not "from buying stakes").</summary>
    MaterialAfterNoun = 1u << 8,
    Verb = 1u << 9,

    /// <summary>A noun, material, country, sector or phrase: a word with content of its own.</summary>
    Content = 1u << 10,

    /// <summary>Waivers and exemptions: relief that, named as a noun, can itself be withdrawn.</summary>
    WaiveVerb = 1u << 11,

    /// <summary>Verbs of stopping, among them those of reducing and banning ("cut", "banned"),
    /// which may have an object of their own.</summary>
    StopVerb = 1u << 12,

    /// <summary>Verbs of opening ("opened", "launched"), which may have an object of their own.</summary>
    OpenVerb = 1u << 13,

    /// <summary>Verbs of using up what is held ("run out", "be exhausted", "last only").</summary>
    DepleteVerb = 1u << 14,

    /// <summary>Verbs that impose a ban or a restriction of their own ("banned", "restricted"):
    /// their event is a control a later pronoun may stand for.</summary>
    ControlVerb = 1u << 15,
    GrantVerb = 1u << 16,

    /// <summary>Verbs that say a number moved ("fell", "doubled"): they need no auxiliary to
    /// follow a participle that describes their subject ("licences issued fell by half").</summary>
    MovementVerb = 1u << 17,

    /// <summary>Verbs that only ever take an object ("issued", "imposed"): as a participle after
    /// a noun they describe it, even with a time phrase of their own ("licences issued before the ban").</summary>
    TransitiveVerb = 1u << 18,

    /// <summary>Phrases that tell exports rising ("exports rose", "shipments doubled").</summary>
    RisingTradePhrase = 1u << 19,
    TrucePhrase = 1u << 20,
}

/// <summary>The traits of every payload of every pattern slot, in one flat array. The rules
/// used to ask one bit table per trait, indexed by slot: a score read a cache line of each of
/// twenty tables for every mention it looked at, and beside a web server and a load generator
/// those lines were seldom still in the cache.</summary>
internal sealed class MentionTraitTable
{
    private readonly int[] _firstPayload;
    private readonly MentionTraits[] _traits;

    private MentionTraitTable(int[] firstPayload, MentionTraits[] traits)
    {
        _firstPayload = firstPayload;
        _traits = traits;
    }

    /// <summary>The traits of the payloads of <paramref name="slot"/> that
    /// <paramref name="payloadMask"/> names (bit p = payload p).</summary>
    internal MentionTraits Of(int slot, uint payloadMask)
    {
        var traits = MentionTraits.None;
        var first = _firstPayload[slot];
        for (var bits = payloadMask; bits != 0; bits &= bits - 1)
        {
            traits |= _traits[first + BitOperations.TrailingZeroCount(bits)];
        }

        return traits;
    }

    internal static MentionTraitTable Build(Payload[][] slots, NounGroup[] nounGroups, VerbGroup[] verbGroups, EventRule[] phrases)
    {
        var firstPayload = new int[slots.Length];
        var traits = new List<MentionTraits>();
        for (var slot = 0; slot < slots.Length; slot++)
        {
            firstPayload[slot] = traits.Count;
            foreach (var payload in slots[slot])
            {
                traits.Add(Of(payload, nounGroups, verbGroups, phrases));
            }
        }

        return new MentionTraitTable(firstPayload, [.. traits]);
    }

    private static MentionTraits Of(Payload payload, NounGroup[] nounGroups, VerbGroup[] verbGroups, EventRule[] phrases)
    {
        switch (payload.Kind)
        {
            case MentionKind.Noun:
                var group = nounGroups[payload.Id];
                return MentionTraits.Noun | MentionTraits.Content
                    | (group.NeedsMaterialAfter ? MentionTraits.MaterialAfterNoun : 0)
                    | group.Class switch
                    {
                        NounClass.Flow => MentionTraits.FlowNoun,
                        NounClass.Control => MentionTraits.ControlNoun | MentionTraits.RuleNoun,
                        NounClass.Licence => MentionTraits.LicenceNoun | MentionTraits.RuleNoun,
                        NounClass.Wait => MentionTraits.WaitNoun,
                        NounClass.LeadTime => MentionTraits.LeadTimeNoun,
                        NounClass.Mine or NounClass.Plant or NounClass.Capacity => MentionTraits.SiteNoun,
                        _ => MentionTraits.None,
                    };
            case MentionKind.Verb:
                var verb = verbGroups[payload.Id];
                var traits = MentionTraits.Verb;
                foreach (var verbClass in verb.Classes)
                {
                    traits |= verbClass switch
                    {
                        VerbClass.Waive => MentionTraits.WaiveVerb,
                        VerbClass.Stop => MentionTraits.StopVerb,
                        VerbClass.Open => MentionTraits.OpenVerb,
                        VerbClass.Deplete => MentionTraits.DepleteVerb,
                        VerbClass.Grant => MentionTraits.GrantVerb | MentionTraits.TransitiveVerb,
                        VerbClass.Impose => MentionTraits.TransitiveVerb,
                        VerbClass.Fall or VerbClass.Rise => MentionTraits.MovementVerb,
                        _ => MentionTraits.None,
                    };
                }

                return traits | (verb.TypeFor(VerbClass.Stop, NounClass.Flow) is "export_ban" or "export_control" ? MentionTraits.ControlVerb : 0);
            case MentionKind.Phrase:
                return MentionTraits.Content | phrases[payload.Id].Type switch
                {
                    "export_rise" => MentionTraits.RisingTradePhrase,
                    "truce" => MentionTraits.TrucePhrase,
                    _ => MentionTraits.None,
                };
            case MentionKind.Material or MentionKind.Country or MentionKind.Sector:
                return MentionTraits.Content;
            default:
                return MentionTraits.None;
        }
    }
}
