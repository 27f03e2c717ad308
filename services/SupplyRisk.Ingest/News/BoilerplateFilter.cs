using System.Text.RegularExpressions;

namespace SupplyRisk.Ingest.News;

/// <summary>Recognises the lines that scraped pages carry around the story and that are not
/// part of it: channel and newsletter promotions, bylines and wire credits, photo captions
/// that end in a photo credit, and breadcrumb trails that end in the headline. Only short
/// lines are considered, and each rule needs a distinctive marker, so a paragraph of the story
/// that merely mentions a messaging app or starts with "By" stays.</summary>
internal static partial class BoilerplateFilter
{
    private const int MaxPromoLength = 120;
    private const int MaxBylineLength = 120;
    private const int MaxCaptionLength = 400;

    // Longer than any lead-in below.
    private const int LeadInLength = 32;

    private static readonly string[] PromoMarkers =
    [
        "whatsapp channel", "whatsapp group", "telegram channel", "join our channel", "follow us on", "subscribe to our",
        "sign up for our", "sign up to our", "download our app", "download the app", "click here to", "get the latest news",
        "follow our coverage", "on google news", "newsletter", "share this article",
    ];

    private static readonly string[] LeadInPromos = ["also read", "read also", "read more", "recommended:", "related:", "watch:", "advertisement"];

    private static readonly string[] CreditLeadIns =
    [
        "reporting by", "(reporting by", "written by", "edited by", "editing by", "compiled by", "(with inputs from",
        "with inputs from", "(additional reporting", "additional reporting by", "photo:", "photo credit", "image:", "image credit",
        "image source:", "picture:", "(photo", "file photo", "credit:", "updated:", "last updated", "published on",
    ];

    // Words a byline may hold besides names ("By Jane Doe and Li Wei | Updated 9 June 2025, 10:32 am IST").
    private static readonly HashSet<string> BylineWords = new(StringComparer.Ordinal)
    {
        "and", "of", "the", "in", "for", "at", "on", "updated", "published", "am", "pm", "hrs", "staff", "our", "correspondent",
    };

    /// <param name="line">One line, trimmed, white space folded.</param>
    /// <param name="lineKey">The line's <see cref="TextNormalizer.FoldKey"/>.</param>
    /// <param name="titleKey">The title's <see cref="TextNormalizer.FoldKey"/>.</param>
    public static bool IsBoilerplate(string line, string lineKey, string titleKey)
    {
        if (line.Length > MaxCaptionLength)
        {
            return false;
        }
        // Promo markers matter in short lines only, lead-ins at the start only: lower-case no
        // more of the line than that (this runs for every line of every item).
        if (line.Length <= MaxPromoLength)
        {
            var lower = line.ToLowerInvariant();
            if (PromoMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        Span<char> head = stackalloc char[LeadInLength];
        head = head[..line.AsSpan(0, Math.Min(line.Length, LeadInLength)).ToLowerInvariant(head)];
        foreach (var p in LeadInPromos)
        {
            if (line.Length <= 250 && head.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }
        foreach (var p in CreditLeadIns)
        {
            if (head.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }
        if (PhotoCredit().IsMatch(line))
        {
            return true;
        }
        if (line.Length <= MaxBylineLength && IsByline(line))
        {
            return true;
        }
        return titleKey.Length > 0 && IsBreadcrumb(line, lineKey, titleKey);
    }

    /// <summary>"By Jane Doe", "By Jane Doe and Li Wei, Metals Wire", "By Staff | Updated 9 June 2025":
    /// after "By", only capitalised words, numbers, separators and a few date words.</summary>
    private static bool IsByline(string line)
    {
        if (!line.StartsWith("By ", StringComparison.Ordinal) && !line.StartsWith("BY ", StringComparison.Ordinal))
        {
            return false;
        }
        var words = BylineSplit().Split(line[3..]).Where(w => w.Length > 0).ToList();
        return words.Count is > 0 and <= 14
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || BylineWords.Contains(w));
    }

    /// <summary>"Home Asia &lt;headline&gt;" or "News › World › &lt;headline&gt;": a short trail of
    /// section names in front of the headline.</summary>
    private static bool IsBreadcrumb(string line, string key, string titleKey)
    {
        if (key.Length <= titleKey.Length || !key.EndsWith(titleKey, StringComparison.Ordinal))
        {
            return false;
        }
        var prefix = line[..Math.Max(0, line.Length - titleKey.Length)].Trim();
        var words = prefix.Split([' ', '>', '›', '»', '/', '|'], StringSplitOptions.RemoveEmptyEntries);
        var separated = prefix.IndexOfAny(['>', '›', '»', '/', '|']) >= 0;
        return words.Length is > 0 and <= 6
            && words.All(w => char.IsUpper(w[0]))
            && (separated || words[0].Equals("Home", StringComparison.OrdinalIgnoreCase));
    }

    // A caption that ends in an agency credit: "… June 9, 2025. REUTERS/Jane Doe",
    // "… (AP Photo/Jane Doe)", "… Photo: Getty Images", "… | Photo credit: Metals Wire".
    [GeneratedRegex(
        @"(\b[A-Z]{2,}(?:\s?Photo)?/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\)?\.?$)|([(|]\s*(?:Photo|Image|Picture)(?:\s+credit)?\s*:[^()|]{1,80}\)?\.?$)|(\b(?:Photo|Image)\s*(?:credit)?\s*:\s*[A-Z][^.]{0,60}$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"[\s,|;:–—•·-]+", RegexOptions.CultureInvariant)]
    private static partial Regex BylineSplit();
}
