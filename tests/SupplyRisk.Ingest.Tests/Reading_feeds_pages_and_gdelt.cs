using System.Text;
using SupplyRisk.Ingest.Formats;

namespace SupplyRisk.Ingest.Tests;

/// <summary>RSS, Atom and JSON Feed entries, saved article pages and GDELT artlist answers
/// become raw news items with title, plain-text body, date, source and URL.</summary>
public sealed class Reading_feeds_pages_and_gdelt
{
    public const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel>
          <title>Metals Wire</title><link>https://wire.example/</link><language>en-gb</language>
          <item>
            <title>Tin smelter &amp; refinery halt work</title>
            <link>/2025/09/tin-halt</link>
            <pubDate>Tue, 02 Sep 2025 09:30:00 +0200</pubDate>
            <description>&lt;p&gt;Work stopped at the smelter.&lt;/p&gt;&lt;p&gt;Indium output will fall.&lt;/p&gt;</description>
          </item>
        </channel></rss>
        """;

    [Fact]
    public void An_rss_entry_becomes_an_item_with_a_resolved_link_and_plain_text()
    {
        var item = Assert.Single(FeedParser.Parse(Rss, new Uri("https://wire.example/feed.xml")).Items);
        Assert.Equal("Tin smelter & refinery halt work", item.Title);
        Assert.Equal("Work stopped at the smelter.\n\nIndium output will fall.", item.Body);
        Assert.Equal("https://wire.example/2025/09/tin-halt", item.Url);
        Assert.Equal("2025-09-02T07:30:00.0000000+00:00", item.PublishedAt);
        Assert.Equal("Metals Wire", item.Source);
        Assert.Equal("en-gb", item.Language);
    }

    [Fact]
    public void An_atom_entry_uses_its_content_and_updated_date()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Supply Desk</title><id>urn:uuid:1</id><updated>2025-09-03T10:00:00Z</updated>
              <entry>
                <title>Graphite permits approved</title>
                <link href="https://desk.example/graphite-permits"/>
                <id>urn:uuid:2</id>
                <published>2025-09-03T09:00:00Z</published>
                <updated>2025-09-03T09:05:00Z</updated>
                <content type="html">&lt;p&gt;Permits for anode graphite were approved.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</content>
              </entry>
            </feed>
            """;
        var item = Assert.Single(FeedParser.Parse(atom).Items);
        Assert.Equal("Graphite permits approved", item.Title);
        Assert.Equal("Permits for anode graphite were approved.", item.Body);
        Assert.Equal("https://desk.example/graphite-permits", item.Url);
        Assert.StartsWith("2025-09-03T09:0", item.PublishedAt, StringComparison.Ordinal);
        Assert.Equal("Supply Desk", item.Source);
    }

    [Fact]
    public void A_json_feed_is_read_from_a_json_file()
    {
        const string json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"Ore Notes","items":[
              {"id":"1","url":"https://ore.example/a","title":"Antimony price climbs","content_text":"Antimony rose again.","date_published":"2025-09-01T12:00:00Z"}]}
            """;
        using var folder = Testing.TempFolder();
        var item = Assert.Single(NewsFileReader.Read(folder.Write("feed.json", Encoding.UTF8.GetBytes(json))).Items);
        Assert.Equal("Antimony price climbs", item.Title);
        Assert.Equal("Antimony rose again.", item.Body);
        Assert.Equal("https://ore.example/a", item.Url);
        Assert.Equal("Ore Notes", item.Source);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>x</title><item><title>a</item></channel></rss>")]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[")]
    public void A_document_that_is_not_a_feed_is_rejected_with_a_reason(string text)
    {
        var parsed = FeedParser.Parse(text);
        Assert.Empty(parsed.Items);
        Assert.StartsWith("not a valid RSS, Atom or JSON feed", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_article_page_keeps_its_main_text_and_loses_navigation_and_scripts()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Paragraph {i} of the report: the refinery in the north of the country said output of separated oxides would rise again this quarter after maintenance, and buyers in Japan and Korea confirmed new orders.</p>"));
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><title>Refinery lifts output | Supply Desk</title>
            <meta property="og:site_name" content="Supply Desk"><meta property="article:published_time" content="2025-09-02T06:00:00Z">
            <script>var tracking = "secret";</script></head>
            <body><nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/login">Sign in</a></nav>
            <header><h1>Refinery lifts output</h1></header>
            <article>{paragraphs}</article>
            <aside>Most read: ten gadgets you need</aside>
            <footer>Copyright Supply Desk. All rights reserved.</footer></body></html>
            """;
        var item = Assert.Single(HtmlArticleExtractor.Extract(html).Items);
        Assert.Contains("Refinery lifts output", item.Title, StringComparison.Ordinal);
        Assert.Contains("Paragraph 1 of the report", item.Body, StringComparison.Ordinal);
        Assert.Contains("Paragraph 4 of the report", item.Body, StringComparison.Ordinal);
        Assert.Contains("\n\n", item.Body, StringComparison.Ordinal);
        foreach (var noise in new[] { "tracking", "Sign in", "Most read", "All rights reserved" })
        {
            Assert.DoesNotContain(noise, item.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_without_article_text_is_rejected()
    {
        var read = HtmlArticleExtractor.Extract("<html><body><nav>Home</nav></body></html>");
        Assert.Empty(read.Items);
        Assert.Equal("no article text found in the HTML page", read.Error);
    }

    [Fact]
    public void A_gdelt_artlist_becomes_one_item_per_article()
    {
        const string json = """
            {"articles":[
              {"url":"https://paper.example/a","url_mobile":"","title":"Rare earth export curbs tighten","seendate":"20250610T083000Z",
               "socialimage":"","domain":"paper.example","language":"English","sourcecountry":"Australia"},
              {"url":"https://journal.example/b","title":"Magnet shipments resume","seendate":"20250611T120000Z",
               "domain":"journal.example","language":"Klingon","sourcecountry":"Canada"},
              "not an article",
              {"url":"https://broken.example/c","title":"Half a pair \ud800","domain":"broken.example"}]}
            """;
        using var folder = Testing.TempFolder();
        var items = NewsFileReader.Read(folder.Write("gdelt.json", Encoding.UTF8.GetBytes(json))).Items;

        Assert.Equal(4, items.Count);
        Assert.Equal("Rare earth export curbs tighten", items[0].Title);
        Assert.Equal("2025-06-10T08:30:00.0000000+00:00", items[0].PublishedAt);
        Assert.Equal("https://paper.example/a", items[0].Url);
        Assert.Equal("paper.example", items[0].Source);
        Assert.Equal("en", items[0].Language);
        Assert.Contains("paper.example (Australia)", items[0].Body, StringComparison.Ordinal);
        Assert.Null(items[1].Language);
        Assert.Equal(["article 3 is not a JSON object"], items[2].TypeErrors);
        Assert.Contains("article 4: an item may not hold an escaped lone UTF-16 surrogate", items[3].TypeErrors[0], StringComparison.Ordinal);

        var (candidate, errors) = Testing.Validator().Validate(items[0]);
        Assert.Empty(errors);
        Assert.Equal("Rare earth export curbs tighten", candidate!.Title);
    }
}
