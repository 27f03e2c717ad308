namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>A participle right after a noun, without "that" or "which" ("Licences already granted
/// for gallium shipments were cancelled"): it says which licences, and the passive verb after it
/// is the news. Read as a verb of its own, the clause turned a cancellation into a grant.</summary>
public sealed class ReducedRelativeClauseTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ScoreResult Score(string body) => NewsScorer.Default.Score(new NewsText("", body, Published));

    [Theory]
    [InlineData("Licences already granted for gallium shipments to US buyers were cancelled on Tuesday, the commerce ministry said.", "licence_suspension")] // read as a grant (down)
    [InlineData("Export licences granted to three gallium exporters last month were revoked on Friday.", "licence_suspension")] // read as last month's grant
    [InlineData("Export permits previously approved for germanium were suspended by the ministry.", "licence_suspension")] // a grant as well as the suspension
    [InlineData("Export permits for gallium granted by the ministry have been revoked.", "licence_suspension")] // read as a grant (down)
    [InlineData("Gallium export licences issued before the ban have been withdrawn.", "licence_suspension")] // read as a grant and the ban lifted
    [InlineData("Licences granted before the new rules took effect have been revoked for gallium and germanium exporters.", "licence_suspension")] // a grant and new controls
    [InlineData("China cancelled the general licences issued in June for magnet exports to the US.", "controls_eased_reversed")] // read as June's grant and June's cancellation: background both ways
    [InlineData("China revoked the general licences granted last year for gallium exports.", "controls_eased_reversed")] // read as last year's
    public void Licences_described_by_their_grant_and_then_revoked_tighten(string sentence, string type)
    {
        var result = Score(sentence);

        var revoked = Assert.Single(result.Events);
        Assert.Equal(type, revoked.Type);
        Assert.False(revoked.Background);
        Assert.Equal("up", result.Overall);
    }

    [Theory]
    [InlineData("Licences granted for magnet exports rose by a third.")] // a grant and exports that rose: counted twice
    [InlineData("Licences granted for rare earth magnet exports rose 20% in October.")] // the same, and the grant was October's, as background
    [InlineData("Licences for magnet exports rose by a third.")] // read as exports that rose
    public void A_count_of_licences_for_exports_that_rose_is_one_grant_told_as_news(string sentence)
    {
        var result = Score(sentence);

        var granted = Assert.Single(result.Events);
        Assert.Equal("export_licence_granted", granted.Type);
        Assert.False(granted.Background); // last month's figure, told in this one
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void Exports_that_rose_after_a_grant_in_their_own_clause_still_rose()
    {
        var result = Score("Licences for magnet exports rose by a third, and magnet exports rose too.");

        Assert.Contains(result.Events, e => e.Type == "export_licence_granted");
        Assert.Contains(result.Events, e => e.Type == "export_rise");
    }

    [Theory]
    [InlineData("The ban on antimony sales to the US imposed in 2024 has been lifted.", "controls_lifted")] // a 2024 ban as well
    [InlineData("Controls on graphite exports introduced last year were eased on Thursday.", "controls_eased")] // background: last year's
    [InlineData("The graphite controls imposed by Beijing last December were suspended on Monday.", "controls_suspended")] // read as last December's controls
    [InlineData("The ban on gallium exports imposed in 2023 was lifted on Monday.", "controls_lifted")] // background: 2023's
    public void Controls_described_by_their_start_and_then_relaxed_ease_risk_now(string sentence, string type)
    {
        var result = Score(sentence);

        var relief = Assert.Single(result.Events);
        Assert.Equal(type, relief.Type);
        Assert.False(relief.Background);
        Assert.Equal("down", result.Overall);
    }

    [Fact]
    public void General_licences_cancelled_in_a_month_long_past_are_background()
    {
        Assert.True(Assert.Single(Score("China cancelled the general licences for magnet exports in June.").Events).Background);
    }

    [Theory]
    [InlineData("Beijing cancels gallium licences already issued to US buyers", "licence_suspension")] // read as a grant ("cancels" was no verb)
    [InlineData("China is withdrawing export permits for graphite.", "licence_suspension")] // read as nothing
    [InlineData("The ministry rescinds the general licence for magnet exports.", "controls_eased_reversed")] // read as the general licence (down)
    public void Licences_cancelled_in_the_present_tense_tighten(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal("up", result.Overall);
    }

    [Fact]
    public void Halted_shipments_that_were_resumed_ease_risk()
    {
        // Read as May's halt, background; the resumption was not paired.
        var result = Score("Gallium shipments halted in May were resumed this week.");

        var resumed = Assert.Single(result.Events);
        Assert.Equal("shipments_resumed", resumed.Type);
        Assert.False(resumed.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("China granted licences for gallium exports on Monday.", "export_licence_granted")]
    [InlineData("Gallium exports rebounded after the controls were lifted.", "shipments_resumed")] // two clauses, not a description
    [InlineData("Licences approved by the ministry allowed gallium shipments to restart.", "export_licence_granted")] // no passive verb after it
    public void A_participle_that_is_the_main_verb_keeps_its_event(string sentence, string type)
    {
        var result = Score(sentence);

        Assert.Contains(result.Events, e => e.Type == type && !e.Background);
        Assert.Equal("down", result.Overall);
    }

    [Theory]
    [InlineData("The number of germanium export licences issued fell by half in the third quarter.", "licence_suspension", "up")] // read as a grant (down)
    [InlineData("Magnet licences granted fell 20%.", "licence_suspension", "up")] // read as a grant
    [InlineData("Licences granted to magnet makers fell 20% in the quarter.", "licence_suspension", "up")] // a grant
    [InlineData("Export permits approved for gallium shipments dropped sharply this year.", "export_drop", "up")] // a grant as well
    public void A_count_of_licences_described_by_their_grant_moves_with_its_verb(string sentence, string type, string overall)
    {
        // A verb of movement ("fell", "rose") needs no auxiliary after the clause: what moved is
        // the number of licences, and no licence was granted in the sentence.
        var result = Score(sentence);

        Assert.Equal(type, Assert.Single(result.Events).Type);
        Assert.Equal(overall, result.Overall);
    }

    [Fact]
    public void A_verb_of_movement_with_its_complement_is_no_description()
    {
        // "Surged" and "an all-time high" are one verb and its complement, not a clause and the
        // verb after it.
        var result = Score("Antimony prices surged to an all-time high this month as Chinese smelters cut output and exports from Tajikistan fell.");

        Assert.Contains(result.Events, e => e.Type == "price_spike");
    }

    [Fact]
    public void A_verb_that_may_stand_alone_keeps_its_clause_before_a_time_phrase()
    {
        // Only a participle that always takes an object ("issued", "imposed") carries a time
        // phrase of a description; "halted after the controls were imposed" is two clauses.
        var result = Score("Gallium exports halted after the controls were imposed.");

        Assert.Contains(result.Events, e => e.Type == "export_suspension" && !e.Background);
    }
}
