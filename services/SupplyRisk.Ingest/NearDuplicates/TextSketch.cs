namespace SupplyRisk.Ingest.NearDuplicates;

/// <summary>What near-duplicate detection keeps of a text: how many distinct shingles it has,
/// its MinHash signature, and the LSH bucket keys derived from the signature.</summary>
internal sealed record TextSketch(int ShingleCount, uint[] MinHash, long[] Buckets)
{
    public byte[] MinHashBytes()
    {
        var bytes = new byte[MinHash.Length * sizeof(uint)];
        Buffer.BlockCopy(MinHash, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] MinHashFromBytes(byte[] bytes)
    {
        var values = new uint[bytes.Length / sizeof(uint)];
        Buffer.BlockCopy(bytes, 0, values, 0, values.Length * sizeof(uint));
        return values;
    }
}
