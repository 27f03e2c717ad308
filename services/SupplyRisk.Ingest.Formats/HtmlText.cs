using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SupplyRisk.Ingest.Formats;

/// <summary>Plain text from an HTML fragment (a feed entry's content, an extracted article):
/// entities decoded, scripts, styles, navigation and figures dropped, a blank line between
/// blocks and a line break for each <c>&lt;br&gt;</c>. Text without markup comes back as it is.</summary>
internal static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "iframe", "svg", "figure", "figcaption",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "dl", "dt", "dd",
    };

    public static string ToText(string html)
    {
        if (html.IndexOf('<', StringComparison.Ordinal) < 0 && html.IndexOf('&', StringComparison.Ordinal) < 0)
        {
            return html;
        }
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = Parser.ParseFragment(html, document.Body!);
        var sb = new StringBuilder(html.Length);
        foreach (var node in nodes)
        {
            Append(node, sb);
        }
        return Collapse(sb.ToString());
    }

    /// <summary>The text of an element subtree, with the same block rules.</summary>
    public static string ToText(IElement element)
    {
        var sb = new StringBuilder();
        Append(element, sb);
        return Collapse(sb.ToString());
    }

    private static void Append(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                sb.Append(text.Data);
                break;
            case IElement element when Dropped.Contains(element.LocalName):
                break;
            case IElement element when element.LocalName == "br":
                sb.Append('\n');
                break;
            case IElement element:
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    sb.Append("\n\n");
                }
                foreach (var child in element.ChildNodes)
                {
                    Append(child, sb);
                }
                if (block)
                {
                    sb.Append("\n\n");
                }
                break;
        }
    }

    // Spaces folded within lines, at most one blank line between paragraphs.
    private static string Collapse(string text)
    {
        var lines = text.Replace('\u00A0', ' ').Split('\n');
        var sb = new StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in lines)
        {
            var line = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                blank = sb.Length > 0;
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append(blank ? "\n\n" : "\n");
            }
            blank = false;
            sb.Append(line);
        }
        return sb.ToString();
    }
}
