using System.Security.Cryptography;
using System.Text;

namespace SupplyRisk.Ingest.News;

internal static class ContentHasher
{
    /// <summary>SHA-256 over title and body, lower-cased with all white space folded to one
    /// space, so re-wrapped or re-cased copies of one text hash the same.</summary>
    public static byte[] Hash(string title, string body)
    {
        var sb = new StringBuilder(title.Length + body.Length + 1);
        AppendFolded(sb, title);
        sb.Append('\n');
        AppendFolded(sb, body);
        return SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
    }

    private static void AppendFolded(StringBuilder sb, string text)
    {
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
    }
}
