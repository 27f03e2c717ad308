using SupplyRisk.Ingest.Formats;

namespace SupplyRisk.Cli.Ingest;

/// <summary>Reads what <c>ingest</c> was pointed at: a news file, a folder of them (every
/// readable file below it, README.md excepted), or an http(s) address of a feed or an article
/// page, with the ingest service's own readers.</summary>
internal sealed class SourceReader(HttpClient http)
{
    public static bool IsUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public static IReadOnlyList<string> FilesOf(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => NewsFileReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IEnumerable<SourceItem> ReadFile(string file)
    {
        var read = NewsFileReader.Read(file);
        if (read.Error is not null)
        {
            return [new SourceItem(file, null, read.Error)];
        }
        return read.Items.Select((item, i) => new SourceItem(read.Items.Count == 1 ? file : $"{file}#{i + 1}", item, null));
    }

    /// <summary>A feed (RSS, Atom, JSON Feed) or, when the answer is HTML, one article page.</summary>
    public async Task<IReadOnlyList<SourceItem>> ReadUrlAsync(string url, CancellationToken ct)
    {
        using var response = await http.GetAsync(new Uri(url), ct);
        if (!response.IsSuccessStatusCode)
        {
            return [new SourceItem(url, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}")];
        }
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is not null)
        {
            return [new SourceItem(url, null, decoded.Error)];
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var read = mediaType.Contains("html", StringComparison.OrdinalIgnoreCase)
            ? HtmlArticleExtractor.Extract(decoded.Text, url)
            : FeedParser.Parse(decoded.Text, new Uri(url));
        return read.Error is not null
            ? [new SourceItem(url, null, read.Error)]
            : read.Items.Select((item, i) => new SourceItem($"{url}#{i + 1}", item, null)).ToList();
    }
}
