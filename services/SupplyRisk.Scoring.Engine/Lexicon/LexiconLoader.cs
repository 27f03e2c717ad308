using System.Text.Json;
using SupplyRisk.Scoring.Engine.Matching;
using SupplyRisk.Scoring.Engine.Seeds;

namespace SupplyRisk.Scoring.Engine.Lexicon;

/// <summary>Reads the seed JSON into a <see cref="ScoringLexicon"/>. Seed mistakes (unknown
/// material in a dependency row, a character matching cannot see) fail loudly at load.</summary>
internal static class LexiconLoader
{
    internal static ScoringLexicon Load(SeedFiles seeds)
    {
        using var materialsDoc = JsonDocument.Parse(seeds.Get("materials.json"));
        using var countriesDoc = JsonDocument.Parse(seeds.Get("countries.json"));
        using var sectorsDoc = JsonDocument.Parse(seeds.Get("sectors.json"));
        using var eventsDoc = JsonDocument.Parse(seeds.Get("events.json"));
        using var cuesDoc = JsonDocument.Parse(seeds.Get("cues.json"));

        var patterns = new PatternTable();

        var sectorElements = sectorsDoc.RootElement.GetProperty("sectors").EnumerateArray().ToArray();
        var sectorIds = sectorElements.Select(s => s.GetProperty("id").GetString()!).ToArray();
        for (var i = 0; i < sectorElements.Length; i++)
        {
            patterns.AddEntry(sectorElements[i], MentionKind.Sector, i, 0, plural: true);
        }

        var materials = LoadMaterials(materialsDoc.RootElement, sectorsDoc.RootElement, sectorIds, patterns);

        var countryElements = countriesDoc.RootElement.GetProperty("countries").EnumerateArray().ToArray();
        var countryIds = countryElements.Select(c => c.GetProperty("id").GetString()!).ToArray();
        for (var i = 0; i < countryElements.Length; i++)
        {
            patterns.AddEntry(countryElements[i], MentionKind.Country, i, 0, plural: false);
        }

        if (countryIds.Length > 64 || materials.Length > 64)
        {
            throw new InvalidOperationException("The scorer keeps materials and countries in 64-bit sets; split the seeds or widen the sets.");
        }

        var materialIndex = materials.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var shares = countriesDoc.RootElement.GetProperty("supplyShares").EnumerateArray()
            .Select(row => new SupplyShare(
                Lookup(materialIndex, row.GetProperty("material").GetString()!, "supplyShares"),
                row.GetProperty("stage").GetString()!,
                row.GetProperty("shares").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal),
                row.GetProperty("source").GetString()!))
            .ToArray();

        var events = eventsDoc.RootElement;
        var nounGroups = LoadNouns(events, patterns);
        var verbGroups = LoadVerbs(events, patterns);
        var combos = LoadCombos(events, nounGroups);
        var phrases = LoadPhrases(events, patterns);

        var cues = cuesDoc.RootElement;
        LoadCues(cues, patterns);

        var scale = events.GetProperty("scale");
        var settings = new ScaleSettings(
            scale.GetProperty("materialConfidence").GetDouble(),
            scale.GetProperty("borrowedMaterialConfidence").GetDouble(),
            scale.GetProperty("backgroundWeight").GetDouble(),
            scale.GetProperty("backgroundDays").GetInt32(),
            scale.GetProperty("sectorWeightThreshold").GetDouble(),
            scale.GetProperty("saturation").GetDouble(),
            scale.GetProperty("repeatDecay").GetDouble(),
            scale.GetProperty("sectorDirectionThreshold").GetDouble(),
            scale.GetProperty("overallDirectionThreshold").GetDouble(),
            scale.GetProperty("pairAfterChars").GetInt32(),
            scale.GetProperty("pairBeforeChars").GetInt32(),
            scale.GetProperty("negationWindowChars").GetInt32(),
            scale.GetProperty("newCapacityChinaOnlyFactor").GetDouble(),
            cues.GetProperty("hedgeFactor").GetDouble(),
            cues.GetProperty("reportedFactor").GetDouble());

        var (folded, slots) = patterns.Build();
        return new ScoringLexicon
        {
            SectorIds = sectorIds,
            Materials = materials,
            CountryIds = countryIds,
            NounGroups = nounGroups,
            VerbGroups = verbGroups,
            Combos = combos,
            Phrases = phrases,
            Scale = settings,
            Shares = shares,
            Slots = slots,
            ImpliedMaterials = ImpliedMaterials(folded, slots),
            Traits = MentionTraitTable.Build(slots, nounGroups, verbGroups, phrases),
            Trie = new PhraseTrie(folded),
            ChinaIndex = Array.IndexOf(countryIds, "CN"),
            UnitedStatesIndex = Array.IndexOf(countryIds, "US"),
            GenericMaterials = GenericSet(materialsDoc.RootElement),
        };
    }

    /// <summary>For each event word or phrase ("magnet plant", "magnets outside china"), the
    /// materials whose forms it holds as whole words.</summary>
    private static (ulong Definite, ulong Ambiguous)[] ImpliedMaterials(IReadOnlyList<string> folded, Payload[][] slots)
    {
        var materialForms = new List<(string Form, Payload Payload)>();
        for (var i = 0; i < slots.Length; i++)
        {
            foreach (var payload in slots[i])
            {
                if (payload.Kind == MentionKind.Material && payload.ExactForm is null)
                {
                    materialForms.Add((" " + folded[i] + " ", payload));
                }
            }
        }

        var implied = new (ulong Definite, ulong Ambiguous)[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            if (!slots[i].Any(p => p.Kind is MentionKind.Noun or MentionKind.Verb or MentionKind.Phrase))
            {
                continue;
            }

            var form = " " + folded[i] + " ";
            foreach (var (materialForm, payload) in materialForms)
            {
                if (form.Length > materialForm.Length && form.Contains(materialForm, StringComparison.Ordinal))
                {
                    if (payload.Arg == 1)
                    {
                        implied[i].Ambiguous |= 1UL << payload.Id;
                    }
                    else
                    {
                        implied[i].Definite |= 1UL << payload.Id;
                    }
                }
            }
        }

        return implied;
    }

    private static MaterialInfo[] LoadMaterials(JsonElement root, JsonElement sectorsRoot, string[] sectorIds, PatternTable patterns)
    {
        var elements = root.GetProperty("materials").EnumerateArray().ToArray();
        var ids = elements.Select(m => m.GetProperty("id").GetString()!).ToArray();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);

        var weights = ids.Select(_ => new double[sectorIds.Length]).ToArray();
        foreach (var row in sectorsRoot.GetProperty("dependencies").EnumerateArray())
        {
            var m = Lookup(index, row.GetProperty("material").GetString()!, "dependencies");
            var s = Array.IndexOf(sectorIds, row.GetProperty("sector").GetString());
            if (s < 0)
            {
                throw new InvalidOperationException($"Unknown sector in dependency row: {row}");
            }

            weights[m][s] = row.GetProperty("weight").GetDouble();
        }

        var result = new MaterialInfo[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            var e = elements[i];
            var figures = e;
            var figuresFrom = i;
            if (e.TryGetProperty("baselineFrom", out var from))
            {
                figuresFrom = Lookup(index, from.GetString()!, "baselineFrom");
                figures = elements[figuresFrom];
            }

            result[i] = new MaterialInfo(
                ids[i],
                e.GetProperty("name").GetString()!,
                weights[i],
                figures.GetProperty("importReliance").GetProperty("value").GetDouble(),
                figures.GetProperty("substitutability").GetProperty("value").GetDouble(),
                figures.GetProperty("recyclingInput").GetProperty("value").GetDouble(),
                figures.GetProperty("importReliance").GetProperty("source").GetString()!,
                figuresFrom);

            patterns.AddEntry(e, MentionKind.Material, i, 0, plural: true);
            if (e.TryGetProperty("ambiguous", out var ambiguous))
            {
                foreach (var p in ambiguous.EnumerateArray())
                {
                    patterns.Add(p.GetString()!, new Payload(MentionKind.Material, i, 1, null), plural: false);
                }
            }
        }

        return result;
    }

    private static NounGroup[] LoadNouns(JsonElement events, PatternTable patterns)
    {
        var list = new List<NounGroup>();
        foreach (var g in events.GetProperty("nounGroups").EnumerateArray())
        {
            var cls = Enum.Parse<NounClass>(g.GetProperty("class").GetString()!, ignoreCase: true);
            var type = g.TryGetProperty("type", out var t) ? t.GetString() : null;
            var supply = g.GetProperty("supplySpecific").GetBoolean();
            EventRule? standalone = null;
            if (g.TryGetProperty("standalone", out var s))
            {
                standalone = new EventRule(type ?? "export_control", Direction(s), s.GetProperty("base").GetDouble(), supply);
            }

            var id = list.Count;
            var needsMaterial = g.TryGetProperty("needsMaterialBefore", out var nm) && nm.GetBoolean();
            var needsMaterialAfter = g.TryGetProperty("needsMaterialAfter", out var na) && na.GetBoolean();
            list.Add(new NounGroup(g.GetProperty("id").GetString()!, cls, type, supply, standalone, needsMaterial, needsMaterialAfter));
            patterns.AddEntry(g, MentionKind.Noun, id, 0, plural: true);
        }

        return [.. list];
    }

    private static VerbGroup[] LoadVerbs(JsonElement events, PatternTable patterns)
    {
        var list = new List<VerbGroup>();
        foreach (var g in events.GetProperty("verbGroups").EnumerateArray())
        {
            var classes = g.GetProperty("classes").EnumerateArray()
                .Select(c => Enum.Parse<VerbClass>(c.GetString()!, ignoreCase: true)).ToArray();
            // "types": { "relief": "controls_lifted" } for every noun, or
            // { "stop": { "flow": "export_drop" } } for some.
            var overrides = new Dictionary<(VerbClass, NounClass?), string>();
            if (g.TryGetProperty("types", out var types))
            {
                foreach (var p in types.EnumerateObject())
                {
                    var verb = Enum.Parse<VerbClass>(p.Name, ignoreCase: true);
                    if (p.Value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var n in p.Value.EnumerateObject())
                        {
                            overrides[(verb, Enum.Parse<NounClass>(n.Name, ignoreCase: true))] = n.Value.GetString()!;
                        }
                    }
                    else
                    {
                        overrides[(verb, null)] = p.Value.GetString()!;
                    }
                }
            }

            var notWith = g.TryGetProperty("notWith", out var nw)
                ? nw.EnumerateArray().Select(n => Enum.Parse<NounClass>(n.GetString()!, ignoreCase: true)).ToArray()
                : [];
            var objectOnly = g.TryGetProperty("objectOnly", out var oo) && oo.GetBoolean();
            var subjectOnly = g.TryGetProperty("subjectOnly", out var so) && so.GetBoolean();
            var id = list.Count;
            list.Add(new VerbGroup(g.GetProperty("id").GetString()!, classes, overrides, notWith) { ObjectOnly = objectOnly, SubjectOnly = subjectOnly });
            patterns.AddEntry(g, MentionKind.Verb, id, 0, plural: false);
        }

        return [.. list];
    }

    private static EventRule?[,] LoadCombos(JsonElement events, NounGroup[] nounGroups)
    {
        var combos = new EventRule?[Enum.GetValues<VerbClass>().Length, Enum.GetValues<NounClass>().Length];
        foreach (var c in events.GetProperty("combos").EnumerateArray())
        {
            var verb = Enum.Parse<VerbClass>(c.GetProperty("verb").GetString()!, ignoreCase: true);
            var noun = Enum.Parse<NounClass>(c.GetProperty("noun").GetString()!, ignoreCase: true);
            var useNounType = c.TryGetProperty("useNounType", out var u) && u.GetBoolean();
            int[]? only = null;
            if (c.TryGetProperty("nounGroups", out var groups))
            {
                only = [.. groups.EnumerateArray().Select(g =>
                {
                    var id = Array.FindIndex(nounGroups, n => n.Id == g.GetString() && n.Class == noun);
                    return id >= 0 ? id : throw new InvalidOperationException($"Combo {verb}+{noun} names noun group '{g.GetString()}', which is not a {noun} group.");
                })];
            }

            var subjectOnly = c.TryGetProperty("subjectOnly", out var so) && so.GetBoolean();
            combos[(int)verb, (int)noun] = new EventRule(
                c.GetProperty("type").GetString()!, Direction(c), c.GetProperty("base").GetDouble(), SupplySpecific: false, useNounType, only, subjectOnly);
        }

        return combos;
    }

    private static EventRule[] LoadPhrases(JsonElement events, PatternTable patterns)
    {
        var list = new List<EventRule>();
        foreach (var p in events.GetProperty("phrases").EnumerateArray())
        {
            var supply = p.TryGetProperty("supplySpecific", out var s) && s.GetBoolean();
            var id = list.Count;
            var needsShipment = p.TryGetProperty("needsShipment", out var n) && n.GetBoolean();
            var needsNone = p.TryGetProperty("needsNone", out var none) && none.GetBoolean();
            var needsGoodsAfter = p.TryGetProperty("needsGoodsAfter", out var goods) && goods.GetBoolean();
            var needsFirstBatch = p.TryGetProperty("needsFirstBatch", out var first) && first.GetBoolean();
            var needsMaterialBefore = p.TryGetProperty("needsMaterialBefore", out var material) && material.GetBoolean();
            list.Add(new EventRule(p.GetProperty("type").GetString()!, Direction(p), p.GetProperty("base").GetDouble(), supply,
                NeedsShipment: needsShipment, NeedsNone: needsNone, NeedsGoodsAfter: needsGoodsAfter, NeedsFirstBatch: needsFirstBatch,
                NeedsMaterialBefore: needsMaterialBefore));
            patterns.AddEntry(p, MentionKind.Phrase, id, 0, plural: true);
        }

        return [.. list];
    }

    private static void LoadCues(JsonElement cues, PatternTable patterns)
    {
        void AddList(string property, CueKind kind, bool caseSensitive = false, int arg = 0)
        {
            foreach (var p in cues.GetProperty(property).EnumerateArray())
            {
                var text = p.GetString()!;
                patterns.Add(text, new Payload(MentionKind.Cue, (int)kind, arg, caseSensitive ? text : null), plural: false);
            }
        }

        AddList("hedge", CueKind.Hedge);
        // Arg 1: a hedge that covers the whole sentence (a condition, "whether", a rumour); arg 2:
        // a word of worry, which covers what is feared, after it (see Events.HedgeReach).
        AddList("hedgeSentence", CueKind.Hedge, arg: 1);
        AddList("hedgeWorry", CueKind.Hedge, arg: 2);
        AddList("hedgeCaseSensitive", CueKind.Hedge, caseSensitive: true);
        AddList("reported", CueKind.Reported);
        AddList("negation", CueKind.Negation);
        // Arg 1: negates the rest of its clause ("no sign yet that licences … were being approved").
        AddList("negationClause", CueKind.Negation, arg: 1);
        // (Arg 2: negates only inside its own phrase; "Without an extension, the curbs return"
        // keeps the curbs.)
        AddList("negationPhrase", CueKind.Negation, arg: 2);
        // Arg 4: after the event, calls the report that told it untrue ("reports that it had
        // stopped magnet exports were untrue").
        AddList("negationOfReport", CueKind.Negation, arg: 4);
        AddList("flip", CueKind.Flip);
        // Arg 3: reverses only a relief named by a phrase right after it ("revoked the general
        // licences"); as verbs these words pair with nouns by the ordinary rules.
        AddList("flipRelief", CueKind.Flip, arg: 3);
        AddList("pastPerfect", CueKind.PastPerfect);
        AddList("background", CueKind.Background);
        // Arg 1: only for the event right after it ("chipmakers, who had faced gallium shortages").
        AddList("backgroundNext", CueKind.Background, arg: 1);
        AddList("recent", CueKind.Recent);
        AddList("futureSentence", CueKind.FutureSentence);
        AddList("futureAdjacent", CueKind.FutureAdjacent);
        AddList("promo", CueKind.Promo);
        AddList("caption", CueKind.Caption);
        AddList("irrelevant", CueKind.Irrelevant);
        AddList("descriptive", CueKind.Descriptive);
        AddList("neutral", CueKind.Neutral);
        // Both kinds keep a time cue after them off the event before them; the temporal ones
        // (Arg 1: after, since, following) also make an event after them the other's past.
        AddList("subordinator", CueKind.Subordinator, arg: 1);
        // Arg 2: temporal too, but a date right after it is when the event began ("exports have
        // been banned since December").
        AddList("since", CueKind.Subordinator, arg: 2);
        // (Arg 3: "despite"; like "since", the noun right after it is an earlier, known event.)
        AddList("despite", CueKind.Subordinator, arg: 3);
        AddList("causal", CueKind.Subordinator);
        // "Extended the pause a day before it was due to run out": the clause is later than the
        // event, so its cues are not the event's, but an event in it is no past of the other.
        AddList("before", CueKind.Subordinator);
        // Arg 5: "before" again, for a control named alone right after it ("where exports were
        // before the ban"): that control is earlier, known, as one after "despite" is.
        AddList("beforeNoun", CueKind.Subordinator, arg: 5);
        AddList("reporting", CueKind.Reporting);
        AddList("ending", CueKind.Ending);
        AddList("again", CueKind.Again);
        // Arg 4: a grant that goes "more slowly" is a delay.
        AddList("slower", CueKind.Flip, arg: 4);
        // Arg 1: before the event, a refusal to prolong it ("will not extend the suspension").
        AddList("endingBefore", CueKind.Ending, arg: 1);
        // Arg 2: right after a control, what it leaves out ("the new rules do not apply to
        // magnets in consumer electronics"): those goods are exempt, the controls eased.
        AddList("exclusion", CueKind.Ending, arg: 2);
        // Arg 3: right after a control, a start put off ("the rare earth export controls will
        // not take effect until November 2026"): the controls are suspended until then.
        AddList("postponement", CueKind.Ending, arg: 3);
        AddList("ongoing", CueKind.Ongoing);
        AddList("conditional", CueKind.Conditional);
        // Arg 1: the clause before it depends on the condition too ("would restart only if …").
        AddList("conditionalOnly", CueKind.Conditional, arg: 1);
        // Arg 1: only for an event named by its noun alone ("the restrictions that have left
        // carmakers short"); "China imposed restrictions on Friday that have left…" is news.
        AddList("ongoingDescribed", CueKind.Ongoing, arg: 1);
        // Arg 4: as arg 1 without "that", and for a control named alone only ("the export controls
        // have forced Ford to idle a plant"; a shortage that "has hit chipmakers" is still news).
        AddList("ongoingDescribedControl", CueKind.Ongoing, arg: 4);
        // Arg 2: a verb of keeping right before an event ("Beijing kept its licensing regime for
        // samarium").
        AddList("ongoingKept", CueKind.Ongoing, arg: 2);
        // Arg 3: right before the event's verb ("gallium exports remain banned").
        AddList("ongoingBeforeVerb", CueKind.Ongoing, arg: 3);

        foreach (var m in cues.GetProperty("months").EnumerateArray())
        {
            patterns.AddEntry(m, MentionKind.Cue, (int)CueKind.Month, m.GetProperty("month").GetInt32(), plural: false);
        }

        foreach (var season in cues.GetProperty("seasons").EnumerateArray())
        {
            patterns.AddEntry(season, MentionKind.Cue, (int)CueKind.Season, season.GetProperty("month").GetInt32(), plural: false);
        }

        var years = cues.GetProperty("yearRange");
        for (var y = years.GetProperty("from").GetInt32(); y <= years.GetProperty("to").GetInt32(); y++)
        {
            patterns.Add(y.ToString(System.Globalization.CultureInfo.InvariantCulture), new Payload(MentionKind.Cue, (int)CueKind.Year, y, null), plural: false);
        }
    }

    private static ulong GenericSet(JsonElement root)
    {
        ulong set = 0;
        var i = 0;
        foreach (var m in root.GetProperty("materials").EnumerateArray())
        {
            if (m.TryGetProperty("generic", out var g) && g.GetBoolean())
            {
                set |= 1UL << i;
            }

            i++;
        }

        return set;
    }

    private static int Direction(JsonElement e) =>
        e.GetProperty("direction").GetString() switch
        {
            "up" => 1,
            "down" => -1,
            var d => throw new InvalidOperationException($"Direction must be up or down, not '{d}'."),
        };

    private static int Lookup(Dictionary<string, int> index, string id, string where) =>
        index.TryGetValue(id, out var i) ? i : throw new InvalidOperationException($"Unknown material '{id}' in {where}.");
}
