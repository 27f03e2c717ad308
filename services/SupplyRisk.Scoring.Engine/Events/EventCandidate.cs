namespace SupplyRisk.Scoring.Engine.Events;

/// <summary>A possible event inside one sentence before cues are applied. <see cref="Anchor"/>
/// is where the event's verb (or phrase) sits, used to find the nearest time cue.</summary>
internal struct EventCandidate
{
    internal string Type;
    internal int Direction;
    internal double Base;
    internal bool SupplySpecific;
    internal int SpanStart;
    internal int SpanEnd;
    internal int Anchor;
    internal int VerbStart;

    /// <summary>The noun comes first and a relative clause sits between it and its passive
    /// verb ("the ban, which China imposed in December, was suspended"): time cues in between
    /// date the clause, not this event.</summary>
    internal bool AcrossClause;

    /// <summary>The noun names a control the text introduced before ("That ban was suspended"):
    /// with no material of its own, it takes the previous sentence's.</summary>
    internal bool RefersBack;

    /// <summary>The verb ends relief rather than granting it: "China ended the suspension of
    /// its export ban", "lifted the pause on its controls". The ban is back.</summary>
    internal bool EndsRelief;

    /// <summary>A control named by its noun alone ("the gallium export ban"): an ending cue
    /// right after it ("lapsed", "will not be extended") ends the control.</summary>
    internal bool StandaloneControl;

    /// <summary>A month's figure for licences or trade ("licences for magnet exports rose",
    /// "shipped gallium … for the first time in a year"): published after its month, as customs
    /// figures are, so last month's is still news.</summary>
    internal bool MonthlyFigure;

    /// <summary>The event sits in a relative clause on a noun that the sentence's main verb takes
    /// again ("the controls that were suspended in November are back in force"): it is the
    /// noun's past, background.</summary>
    internal bool Superseded;

    /// <summary>The event holds its own negation ("no germanium went to the United States"):
    /// the "no" inside its span is what it tells, not a denial of it.</summary>
    internal bool HoldsNegation;

    /// <summary>The verb enforces a control already in place ("Beijing enforces its ban on
    /// antimony exports"): it goes on, background.</summary>
    internal bool EnforcesExisting;

    /// <summary>A ban on goods named as Chinese with no noun of trade ("Washington banned Chinese
    /// gallium"): an import ban when another government acts, and nothing otherwise.</summary>
    internal bool OnlyAsImportBan;

    /// <summary>An event with no verb of its own, over one mention: a phrase ("shortage"), a
    /// control noun alone ("export ban"), a compound pause, a licence that takes longer.</summary>
    internal static EventCandidate OnMention(Matching.Mention mention, string type, int direction, double baseWeight, bool supplySpecific) => new()
    {
        Type = type,
        Direction = direction,
        Base = baseWeight,
        SupplySpecific = supplySpecific,
        SpanStart = mention.Start,
        SpanEnd = mention.End,
        Anchor = mention.Start,
        VerbStart = -1,
    };
}

/// <summary>Materials a sentence with none of its own may take: <see cref="Around"/> from the
/// sentences on either side (for supply-specific events; for the title, the whole article's),
/// <see cref="Earlier"/> from the one before only (for a noun that refers back).
/// <see cref="InTitle"/>: the sentence is the title. <see cref="OwnClause"/>: the materials of the
/// event's own side of a contrast in its sentence, when that side names any (0: the whole sentence's).</summary>
internal readonly record struct BorrowableMaterials(ulong Around, ulong Earlier, bool InTitle = false, ulong OwnClause = 0);
