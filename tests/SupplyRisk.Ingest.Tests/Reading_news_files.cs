using System.Text;
using SupplyRisk.Ingest.Formats;

namespace SupplyRisk.Ingest.Tests;

/// <summary>Files in other encodings are read; files that are not news (binary, empty, too large,
/// malformed) are rejected with a reason, and a bad entry never takes good ones with it.</summary>
public sealed class Reading_news_files
{
    private const string Story = "Title: Smelter restarts after repairs\nPublished: 2025-09-01T08:00:00Z\n\nThe zinc smelter at Kokkola restarted on Monday, its operator said, after six weeks of repairs to a roaster; germanium recovery will resume later.";

    [Fact]
    public void A_utf16_file_with_a_byte_order_mark_is_read()
    {
        using var folder = Testing.TempFolder();
        var le = folder.Write("le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Story + " Café ×2")]);
        var be = folder.Write("be.md", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Story + " Café ×2")]);

        foreach (var file in new[] { le, be })
        {
            var item = Assert.Single(NewsFileReader.Read(file).Items);
            Assert.Equal("Smelter restarts after repairs", item.Title);
            Assert.EndsWith("Café ×2", item.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_latin1_file_is_read_as_windows_1252()
    {
        using var folder = Testing.TempFolder();
        // "Café" in ISO-8859-1 (0xE9) and a curly apostrophe as Windows writes it (0x92).
        byte[] bytes = [.. Encoding.ASCII.GetBytes(Story.Replace("its operator", "the caf# operator", StringComparison.Ordinal)), .. " The plant$s owner agreed."u8];
        bytes = bytes.Select(b => b switch { (byte)'#' => (byte)0xE9, (byte)'$' => (byte)0x92, _ => b }).ToArray();
        var file = folder.Write("latin1.txt", bytes);

        var item = Assert.Single(NewsFileReader.Read(file).Items);
        Assert.Contains("the café operator", item.Body, StringComparison.Ordinal);
        Assert.Contains("The plant’s owner agreed.", item.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "the file is empty")]
    [InlineData("blank.md", new byte[] { 32, 10, 13, 10, 9 }, "only white space")]
    [InlineData("image.json", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 }, "binary")]
    [InlineData("broken.json", new byte[] { (byte)'{', (byte)'"', (byte)'t', (byte)'"', (byte)':' }, "not valid JSON")]
    [InlineData("broken.rss", new byte[] { (byte)'<', (byte)'r', (byte)'s', (byte)'s', (byte)'>', (byte)'<', (byte)'c' }, "not a valid RSS, Atom or JSON feed")]
    [InlineData("notes.pdf", new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F' }, "are not news files")]
    public void A_file_that_is_not_news_is_rejected_with_its_reason(string name, byte[] bytes, string reason)
    {
        using var folder = Testing.TempFolder();
        var read = NewsFileReader.Read(folder.Write(name, bytes));
        Assert.Empty(read.Items);
        Assert.Contains(reason, read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_twenty_megabytes_is_rejected_without_being_read()
    {
        using var folder = Testing.TempFolder();
        var path = Path.Combine(folder.Path, "huge.jsonl");
        using (var stream = File.Create(path))
        {
            stream.SetLength(20L * 1024 * 1024);
        }
        var read = NewsFileReader.Read(path);
        Assert.Empty(read.Items);
        Assert.Equal("the file is larger than 16 MB (20 MB)", read.Error);
    }

    [Fact]
    public void In_a_jsonl_file_a_malformed_line_and_a_far_future_date_are_rejected_alone()
    {
        using var folder = Testing.TempFolder();
        var file = folder.Write("batch.jsonl", Encoding.UTF8.GetBytes(string.Join('\n',
            """{"title":"First","body":"Gallium prices rose.","publishedAt":"2025-09-01T00:00:00Z"}""",
            """{"title":"Broken","body":""",
            """{"title":"Future","body":"Licences were granted.","publishedAt":"2999-01-01T00:00:00Z"}""",
            """{"title":"Last","body":"Shipments resumed.","publishedAt":"2025-09-02T00:00:00Z"}""")));

        var items = NewsFileReader.Read(file).Items;
        var results = items.Select(Testing.Validator().Validate).ToList();

        Assert.Equal(4, results.Count);
        Assert.Equal(["First", "Last"], results.Where(r => r.Candidate is not null).Select(r => r.Candidate!.Title));
        Assert.Contains("line 2 is not valid JSON", results[1].Errors[0], StringComparison.Ordinal);
        Assert.Contains("lies in the future", results[2].Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_lone_surrogate_rejects_its_item_alone()
    {
        // "\ud800" is valid JSON syntax but names half of a UTF-16 pair: no text can hold it.
        using var folder = Testing.TempFolder();
        var file = folder.Write("halves.jsonl", Encoding.UTF8.GetBytes(string.Join('\n',
            """{"title":"Half a pair \ud800","body":"Gallium prices rose."}""",
            """{"title":"Fine","body":"Shipments resumed.","publishedAt":"2025-09-02T00:00:00Z"}""",
            """{"\udfff":"a name that is half a pair","title":"Named","body":"Licences were granted."}""")));

        var results = NewsFileReader.Read(file).Items.Select(Testing.Validator().Validate).ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal(["Fine"], results.Where(r => r.Candidate is not null).Select(r => r.Candidate!.Title));
        Assert.Contains("lone UTF-16 surrogate", Assert.Single(results[0].Errors), StringComparison.Ordinal);
        Assert.Contains("lone UTF-16 surrogate", Assert.Single(results[2].Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_bad_files_still_yields_every_good_item()
    {
        using var folder = Testing.TempFolder();
        folder.Write("a-good.md", Encoding.UTF8.GetBytes(Story));
        folder.Write("b-empty.txt", []);
        folder.Write("c-binary.txt", [0x00, 0x01, 0x02, 0xFF]);
        folder.Write("d-utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Story.Replace("Smelter", "Refinery", StringComparison.Ordinal))]);

        var reads = Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).Select(NewsFileReader.Read).ToList();

        Assert.Equal([null, "the file is empty", "the file is binary (it contains NUL bytes and no UTF-16 byte-order mark)", null], reads.Select(r => r.Error));
        Assert.Equal(["Smelter restarts after repairs", "Refinery restarts after repairs"], reads.SelectMany(r => r.Items).Select(i => i.Title));
    }
}
