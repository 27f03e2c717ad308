namespace SupplyRisk.Ingest.Formats;

/// <summary>A file's text and the encoding it was read in, or why it is not text.</summary>
internal sealed record DecodedText(string Text, string? Encoding, string? Error)
{
    public static DecodedText Failed(string error) => new("", null, error);
}
