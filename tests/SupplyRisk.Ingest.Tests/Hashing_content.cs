using SupplyRisk.Ingest.News;

namespace SupplyRisk.Ingest.Tests;

/// <summary>The content hash finds exact duplicates against every stored item, so the ASCII
/// fast path must give the bytes the general path gives, and the same hash must come for
/// re-cased and re-wrapped copies whichever path each takes.</summary>
public sealed class Hashing_content
{
    [Fact]
    public void The_ASCII_path_hashes_like_the_general_one()
    {
        var root = SupplyRisk.Ingest.NearDuplicates.Eval.Evaluation.FindRepoRoot(AppContext.BaseDirectory)!;
        var texts = Directory.EnumerateFiles(Path.Combine(root, "seeds", "news"), "*.*")
            .Select(File.ReadAllText)
            .Where(t => System.Text.Ascii.IsValid(t))
            .ToList();
        Assert.True(texts.Count > 10, $"only {texts.Count} ASCII sample texts");

        // Every ASCII character, white space in runs and at both ends of title and body.
        var random = new Random(17);
        string RandomText() => new(Enumerable.Range(0, random.Next(0, 300))
            .Select(_ => random.Next(4) == 0 ? " \t\n\r\v\f"[random.Next(6)] : (char)random.Next(0, 128)).ToArray());
        var pairs = texts.Select((t, i) => (Title: $"  Sample {i}\t", Body: t))
            .Concat(Enumerable.Range(0, 2000).Select(_ => (Title: RandomText(), Body: RandomText())))
            .ToList();

        foreach (var (title, body) in pairs)
        {
            Assert.Equal(ContentHasher.HashAnyText(title, body), ContentHasher.HashAscii(title, body));
        }
    }

    [Fact]
    public void Copies_that_differ_in_case_and_spacing_hash_alike_across_both_paths()
    {
        var ascii = ContentHasher.Hash("Gallium exports halted", "China  halted\n\ngallium exports.");
        Assert.Equal(ascii, ContentHasher.Hash("GALLIUM EXPORTS HALTED ", "china halted gallium\texports."));
        // The general path, through a non-ASCII character elsewhere: still folds the same way.
        Assert.NotEqual(ascii, ContentHasher.Hash("Gallium exports halted", "China halted gallium exports. —"));
        Assert.Equal(ContentHasher.Hash("Gallium exports halted", "China halted gallium exports. —"),
            ContentHasher.Hash("gallium  EXPORTS halted", "china halted\r\ngallium exports.   —  "));
    }
}
