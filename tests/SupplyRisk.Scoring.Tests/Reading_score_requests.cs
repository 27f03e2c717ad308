using System.Text;
using SupplyRisk.Scoring.Api;

namespace SupplyRisk.Scoring.Tests;

/// <summary>What <c>POST /v1/score</c> accepts as JSON, and the reason it gives for what it refuses.</summary>
public sealed class Reading_score_requests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_three_fields_are_read_and_the_date_is_taken_as_UTC()
    {
        var news = Accept("""{"title":" Gallium halt ","body":"Exports stopped.","publishedAt":"2025-04-05T10:00:00+02:00"}""");

        Assert.Equal("Gallium halt", news.Title);
        Assert.Equal("Exports stopped.", news.Body);
        Assert.Equal(new DateTimeOffset(2025, 4, 5, 8, 0, 0, TimeSpan.Zero), news.PublishedAt);
    }

    [Fact]
    public void Names_match_whatever_their_case_or_escapes()
    {
        var news = Accept("""{"TITLE":"T","\u0062ody":"B","PublishedAT":"2025-04-05"}""");

        Assert.Equal(("T", "B"), (news.Title, news.Body));
        Assert.Equal(new DateTimeOffset(2025, 4, 5, 0, 0, 0, TimeSpan.Zero), news.PublishedAt);
    }

    [Fact]
    public void Other_properties_and_nulls_are_skipped_and_a_repeated_property_keeps_its_last_value()
    {
        var news = Accept("""{"source":{"a":[1,{"b":null}],"c":"d"},"title":null,"body":"first","url":7,"body":"second","publishedAt":null}""");

        Assert.Equal(("", "second"), (news.Title, news.Body));
        Assert.Equal(Now, news.PublishedAt);
    }

    [Fact]
    public void Escapes_inside_values_are_decoded()
    {
        var news = Accept("""{"body":"line one\nline \"two\" \u00e9t\u00e9 \ud83d\ude00"}""");

        Assert.Equal("line one\nline \"two\" été 😀", news.Body);
    }

    [Fact]
    public void A_title_without_a_body_is_enough()
    {
        var news = Accept("""{"title":"China bans antimony exports"}""");

        Assert.Equal(("China bans antimony exports", ""), (news.Title, news.Body));
    }

    [Theory]
    [InlineData("""{"body":5}""", "'body' must be a string.")]
    [InlineData("""{"Title":"x","Body":["a"]}""", "'Body' must be a string.")]
    [InlineData("""{"b\u006Fdy":true}""", "'body' must be a string.")]
    [InlineData("""[{"body":"x"}]""", "The body must be a JSON object with at least 'body'.")]
    [InlineData("\"just text\"", "The body must be a JSON object with at least 'body'.")]
    [InlineData("""{"body":"   ","title":""}""", "'body' is required and must not be empty.")]
    [InlineData("""{"source":"wire"}""", "'body' is required and must not be empty.")]
    [InlineData("""{"body":"x","publishedAt":"next Tuesday"}""", "'publishedAt' is not an ISO 8601 date: 'next Tuesday'.")]
    [InlineData("""{"body":"gallium \ud800 exports"}""", "A string in the body holds an escaped lone UTF-16 surrogate (such as \\ud800), which is not valid text.")]
    [InlineData("""{"\udc00":1,"body":"x"}""", "A string in the body holds an escaped lone UTF-16 surrogate (such as \\ud800), which is not valid text.")]
    [InlineData("""{"body":"x","publishedAt":"9999-12-31T23:59:59Z"}""", "'publishedAt' 9999-12-31T23:59:59.0000000+00:00 lies in the future.")]
    [InlineData("""{"body":"x","publishedAt":"0001-01-15"}""", "'publishedAt' 0001-01-15T00:00:00.0000000+00:00 is before 1900.")]
    public void Wrong_shapes_get_the_reason(string json, string expected)
    {
        var (news, error) = ScoreRequest.Parse(Encoding.UTF8.GetBytes(json), Now);

        Assert.Null(news);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("""{"body":"x" """)]
    [InlineData("""{"body":"x"} {"body":"y"}""")]
    [InlineData("""{"body":"x"},""")]
    [InlineData("""{'body':'x'}""")]
    [InlineData("""{"body":5,""")] // a wrong type does not hide that the JSON is broken
    [InlineData("""[1,2""")]
    public void Text_that_is_not_one_JSON_value_is_refused_as_such(string json)
    {
        var (news, error) = ScoreRequest.Parse(Encoding.UTF8.GetBytes(json), Now);

        Assert.Null(news);
        Assert.StartsWith("The request body is not valid JSON", error);
    }

    [Fact]
    public void Nesting_deeper_than_64_levels_is_refused()
    {
        var json = "{\"extra\":" + new string('[', 70) + new string(']', 70) + ",\"body\":\"x\"}";

        Assert.StartsWith("The request body is not valid JSON", ScoreRequest.Parse(Encoding.UTF8.GetBytes(json), Now).Error);
    }

    [Fact]
    public void The_plain_reader_agrees_with_the_full_json_reader()
    {
        // Bodies built from typical pieces, then broken at random: whatever the one-pass reader
        // takes must read exactly as System.Text.Json reads it, and it must refuse what that refuses.
        var random = new Random(1127);
        byte[] noise = [.. "\"\\{}[],: \n\tu0nlbr/*'"u8, 0x01, 0x1F, 0x7F, 0xC3, 0xA9, 0xE2, 0x80, 0xFF];
        string[] names = ["title", "Body", "BODY", "publishedAt", "PUBLISHEDAT", "source", "url", "id", "t\\u0069tle"];
        string[] values = ["\"China halts gallium exports\"", "\"line one\\nline \\\"two\\\" \\/ \\t été 镓 😀\"", "null", "\"\"",
            "\"2025-04-05T10:00:00Z\"", "\"next week\"", "\"\\u00e9\"", "5", "true", "{\"a\":[1,\"b\"]}", "\"   \""];
        var plain = 0;
        var refusedByBoth = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var json = new StringBuilder(random.Next(2) == 0 ? "{" : " \r\n{ ");
            var members = random.Next(0, 5);
            for (var m = 0; m < members; m++)
            {
                json.Append(m == 0 ? "" : random.Next(3) == 0 ? " , " : ",")
                    .Append('"').Append(names[random.Next(names.Length)]).Append('"')
                    .Append(random.Next(2) == 0 ? ":" : " :\t").Append(values[random.Next(values.Length)]);
            }
            json.Append(random.Next(2) == 0 ? "}" : "}\n");
            var bytes = Encoding.UTF8.GetBytes(json.ToString()).ToList();
            for (var edits = random.Next(0, 3); edits > 0 && bytes.Count > 0; edits--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes.RemoveAt(at); break;
                    case 1: bytes.Insert(at, noise[random.Next(noise.Length)]); break;
                    default: bytes[at] = noise[random.Next(noise.Length)]; break;
                }
            }

            var body = bytes.ToArray();
            var full = ScoreRequest.ParseAnyJson(body, Now);
            if (PlainRequestReader.TryRead(body, out _, out _, out _))
            {
                plain++;
                var (news, error) = ScoreRequest.Parse(body, Now);
                Assert.True(full.Error == error && Same(full.News, news),
                    $"{Encoding.UTF8.GetString(body)}\nplain: {news} {error}\nfull:  {full.News} {full.Error}");
            }
            else if (full.Error?.StartsWith("The request body is not valid JSON", StringComparison.Ordinal) == true)
            {
                refusedByBoth++;
            }
        }

        Assert.True(plain > 3_000, $"only {plain} bodies took the plain path");
        Assert.True(refusedByBoth > 2_000, $"only {refusedByBoth} broken bodies were tried");
    }

    private static bool Same(ScoreInput? a, ScoreInput? b) =>
        a is null ? b is null : b is not null && a.Title == b.Title && a.Body == b.Body && a.PublishedAt == b.PublishedAt;

    private static ScoreInput Accept(string json)
    {
        var (news, error) = ScoreRequest.Parse(Encoding.UTF8.GetBytes(json), Now);
        Assert.Null(error);
        return news!;
    }
}
