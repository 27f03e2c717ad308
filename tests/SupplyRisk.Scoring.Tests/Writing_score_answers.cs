using System.Text;
using System.Text.Json;
using SupplyRisk.Scoring.Api;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Tests;

/// <summary>The hand-written answer writer must give exactly the bytes of the generated
/// serialiser, so clients and the stored scores see one format whichever path wrote it.</summary>
public sealed class Writing_score_answers
{
    private static readonly DateTimeOffset Published = new(2025, 4, 4, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> SampleNews()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(RepoRoot(), "seeds", "news"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleNews))]
    public void Sample_news_answers_match_the_generated_serialiser(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "seeds", "news", file));
        var score = NewsScorer.Default.Score(new NewsText("", text, Published));

        AssertSameBytes(score);
    }

    [Fact]
    public void Sentences_that_need_escaping_are_written_like_the_serialiser_writes_them()
    {
        // Quotes, a backslash, control characters, non-ASCII letters, a surrogate pair, HTML
        // and the JavaScript line separators, all inside sentences the scorer cites.
        var body = "China \"banned\" exports of gallium and germanium to the US \\ effective at once.\u0001 "
            + "Beijing said the ban on gallium — 镓 — covers <b>all</b> shipments & licences 😀.\u2028"
            + "Chipmakers said gallium prices rose\tsharply after the ban on exports.\u007f";
        var score = NewsScorer.Default.Score(new NewsText("Ban on gallium \u00e9 exports", body, Published));

        Assert.NotEmpty(score.Events);
        AssertSameBytes(score);
    }

    [Fact]
    public void A_sentence_cited_many_times_is_written_in_full_each_time()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "seeds", "news", "010-china-bars-gallium-germanium-antimony-to-us.md"));
        var score = NewsScorer.Default.Score(new NewsText("", text, Published));
        var citations = score.Sectors.SelectMany(s => s.Evidence).Concat(score.Events.Select(e => e.Evidence)).ToList();
        var cited = citations.GroupBy(e => e.Text).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        Assert.NotNull(cited); // the case this writer exists for

        var json = Encoding.UTF8.GetString(Write(score));
        var escaped = JsonEncodedText.Encode(cited, ScoreResultWriter.Encoder).ToString();
        var occurrences = json.Split(escaped).Length - 1;

        Assert.Equal(citations.Count(e => e.Text == cited), occurrences);
    }

    [Fact]
    public void Equal_sentences_at_different_places_keep_their_own_offsets()
    {
        // Built by hand: two distinct Evidence objects with equal text (a stored score read back
        // has no shared strings).
        var first = new Evidence(new string("Exports stopped.".ToCharArray()), 0, 16);
        var second = new Evidence(new string("Exports stopped.".ToCharArray()), 40, 56);
        var score = new ScoreResult("rules-test", "up",
            [new SectorScore("ev", "up", 1.25, [first, second], ["gallium"], ["CN"])],
            [new ScoredEvent("export_ban", "up", false, 0.8, ["gallium"], ["CN"], ["ev"], second)])
        {
            OverallContribution = -0.5,
        };

        AssertSameBytes(score);
        var parsed = JsonDocument.Parse(Write(score)).RootElement;
        var evidence = parsed.GetProperty("sectors")[0].GetProperty("evidence");
        Assert.Equal(0, evidence[0].GetProperty("start").GetInt32());
        Assert.Equal(40, evidence[1].GetProperty("start").GetInt32());
        Assert.Equal(56, parsed.GetProperty("events")[0].GetProperty("evidence").GetProperty("end").GetInt32());
    }

    [Fact]
    public void A_stored_score_reads_back_to_the_same_answer()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "seeds", "news", "003-china-licensing-gallium-germanium.md"));
        var score = NewsScorer.Default.Score(new NewsText("", text, Published));
        Assert.NotEmpty(score.Events);

        var stored = ScoreResultWriter.ToJson(score);
        var readBack = JsonSerializer.Deserialize(stored, ScoreJson.Api.ScoreResult)!;

        Assert.Equal(Write(score), Write(readBack));
    }

    [Fact]
    public void Numbers_are_written_as_the_json_writer_writes_them()
    {
        // Rounded values (what scores hold) take the short cut; the rest must come out the same too.
        var random = new Random(27);
        var values = new List<double> { 0, -0.0, 1, -1, 0.1 + 0.2, 0.001, 0.0009, 1e-7, 999_999.999, 1e6, 1e15, 1e16, 123.456,
            double.Epsilon, double.MaxValue, -double.MaxValue, 0.405, 0.9 * 0.45, 2.675, -4.5, 36.7, 99.99 };
        for (var i = 0; i < 20_000; i++)
        {
            var raw = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-5, 8));
            values.Add(raw);
            values.Add(Math.Round(raw, random.Next(0, 5)));
            values.Add(random.Next(-100_000, 100_000) / Math.Pow(10, random.Next(0, 4)));
        }
        var name = JsonEncodedText.Encode("n");
        var shortCuts = 0;
        var digits = new byte[24];
        foreach (var value in values)
        {
            var expected = WriteWith(w => w.WriteNumber(name, value));
            var actual = WriteWith(w => ScoreResultWriter.WriteNumber(w, name, value));
            Assert.True(expected == actual, $"{value:R}: {actual} instead of {expected}");
            shortCuts += ScoreResultWriter.TryFormatFewDecimals(value, digits, out _) ? 1 : 0;
        }
        Assert.True(shortCuts > values.Count / 2, $"only {shortCuts} of {values.Count} values took the short cut");
    }

    private static string WriteWith(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ScoreResultWriter.WriterOptions))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void AssertSameBytes(ScoreResult score)
    {
        var expected = JsonSerializer.SerializeToUtf8Bytes(score, ScoreJson.Api.ScoreResult);
        var actual = Write(score);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
    }

    private static byte[] Write(ScoreResult score)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ScoreResultWriter.WriterOptions))
        {
            ScoreResultWriter.Write(writer, score);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
        {
            dir = dir.Parent;
        }
        Assert.NotNull(dir);
        return dir.FullName;
    }
}
