using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using SupplyRisk.Scoring.Engine;

namespace SupplyRisk.Scoring.Api;

/// <summary>Writes a <see cref="ScoreResult"/> as JSON, byte for byte what the generated
/// serialiser writes with <see cref="ScoreJson.Api"/> (a test holds the two together), but
/// writes each evidence object once and copies it wherever it is cited. A sentence is cited by
/// every sector and every event it carries, so a 3 KB article's answer holds its dozen
/// sentences about three times over; escaping them at each citation was most of the cost of
/// writing the answer.</summary>
internal static class ScoreResultWriter
{
    /// <summary>The encoder of every score answer and stored score: quotes and apostrophes in
    /// sentences stay as they are (the JSON goes to API clients and the database, never into HTML).</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Options for a writer given to <see cref="Write"/>. The structure is fixed by this
    /// code (and checked by the tests), so the writer's per-call nesting checks are skipped.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder, SkipValidation = true };

    private static readonly JsonEncodedText ModelVersion = Name("modelVersion");
    private static readonly JsonEncodedText Overall = Name("overall");
    private static readonly JsonEncodedText Sectors = Name("sectors");
    private static readonly JsonEncodedText Events = Name("events");
    private static readonly JsonEncodedText OverallContribution = Name("overallContribution");
    private static readonly JsonEncodedText Sector = Name("sector");
    private static readonly JsonEncodedText Direction = Name("direction");
    private static readonly JsonEncodedText Contribution = Name("contribution");
    private static readonly JsonEncodedText EvidenceName = Name("evidence");
    private static readonly JsonEncodedText Materials = Name("materials");
    private static readonly JsonEncodedText Countries = Name("countries");
    private static readonly JsonEncodedText Type = Name("type");
    private static readonly JsonEncodedText Background = Name("background");
    private static readonly JsonEncodedText Confidence = Name("confidence");
    private static readonly JsonEncodedText Text = Name("text");
    private static readonly JsonEncodedText Start = Name("start");
    private static readonly JsonEncodedText End = Name("end");

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, Encoder);

    public static void Write(Utf8JsonWriter writer, ScoreResult score)
    {
        var sentences = new EvidenceCache();
        writer.WriteStartObject();
        writer.WriteString(ModelVersion, Encoded(score.ModelVersion));
        writer.WriteString(Overall, Encoded(score.Overall));
        writer.WriteStartArray(Sectors);
        foreach (var sector in score.Sectors)
        {
            WriteSector(writer, sector, ref sentences);
        }
        writer.WriteEndArray();
        writer.WriteStartArray(Events);
        foreach (var ev in score.Events)
        {
            WriteEvent(writer, ev, ref sentences);
        }
        writer.WriteEndArray();
        WriteNumber(writer, OverallContribution, score.OverallContribution);
        writer.WriteEndObject();
    }

    private static void WriteSector(Utf8JsonWriter writer, SectorScore sector, ref EvidenceCache sentences)
    {
        writer.WriteStartObject();
        writer.WriteString(Sector, Encoded(sector.Sector));
        writer.WriteString(Direction, Encoded(sector.Direction));
        WriteNumber(writer, Contribution, sector.Contribution);
        writer.WriteStartArray(EvidenceName);
        foreach (var evidence in sector.Evidence)
        {
            WriteEvidence(writer, evidence, ref sentences);
        }
        writer.WriteEndArray();
        WriteStrings(writer, Materials, sector.Materials);
        WriteStrings(writer, Countries, sector.Countries);
        writer.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter writer, ScoredEvent ev, ref EvidenceCache sentences)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, Encoded(ev.Type));
        writer.WriteString(Direction, Encoded(ev.Direction));
        writer.WriteBoolean(Background, ev.Background);
        WriteNumber(writer, Confidence, ev.Confidence);
        WriteStrings(writer, Materials, ev.Materials);
        WriteStrings(writer, Countries, ev.Countries);
        WriteStrings(writer, Sectors, ev.Sectors);
        writer.WritePropertyName(EvidenceName);
        WriteEvidence(writer, ev.Evidence, ref sentences);
        writer.WriteEndObject();
    }

    // A score's JSON is a few KB to a few tens of KB; a fresh buffer per score grew by doubling
    // from 4 KB, and its discarded copies were most of what the scoring consumer allocated per
    // item besides the message itself. One buffer per thread is reused (ToJson never awaits),
    // unless a rare huge score made it big.
    private const int MaxKeptBuffer = 256 * 1024;

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The score as a JSON string (what the score store keeps).</summary>
    public static string ToJson(ScoreResult score) => System.Text.Encoding.UTF8.GetString(ToUtf8(score).Span);

    /// <summary>The score as UTF-8 JSON in this thread's buffer: valid until the thread's next
    /// call, so it must be copied out before anything awaits.</summary>
    public static ReadOnlyMemory<byte> ToUtf8(ScoreResult score)
    {
        var buffer = t_buffer ??= new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, score);
        }
        var json = buffer.WrittenMemory;
        if (buffer.Capacity > MaxKeptBuffer)
        {
            t_buffer = null;
        }
        return json;
    }

    private static void WriteEvidence(Utf8JsonWriter writer, Evidence? evidence, ref EvidenceCache sentences)
    {
        if (evidence is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteRawValue(sentences.Json(evidence), skipInputValidation: true);
    }

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_evidenceBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_evidenceWriter;

    /// <summary>One evidence object as JSON, written once per answer and then copied into every
    /// place that cites it.</summary>
    private static byte[] EvidenceJson(Evidence evidence)
    {
        var buffer = t_evidenceBuffer ??= new System.Buffers.ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_evidenceWriter ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        writer.WriteStartObject();
        if (evidence.Text is null)
        {
            writer.WriteNull(Text);
        }
        else
        {
            writer.WriteString(Text, evidence.Text);
        }
        writer.WriteNumber(Start, evidence.Start);
        writer.WriteNumber(End, evidence.End);
        writer.WriteEndObject();
        writer.Flush();
        var json = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > MaxKeptBuffer)
        {
            t_evidenceBuffer = null;
            t_evidenceWriter = null;
        }

        return json;
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(Encoded(values[i]));
        }
        writer.WriteEndArray();
    }

    // Identifiers (sectors, materials, countries, event types, directions) come from a small
    // vocabulary and recur in every answer: each is escaped and transcoded once, not at every
    // use. Bounded, in case something ever hands the writer unbounded strings.
    private const int MaxVocabulary = 4096;
    private static readonly ConcurrentDictionary<string, JsonEncodedText> Vocabulary = new(StringComparer.Ordinal);

    private static JsonEncodedText Encoded(string value)
    {
        if (Vocabulary.TryGetValue(value, out var encoded))
        {
            return encoded;
        }

        encoded = JsonEncodedText.Encode(value, Encoder);
        if (Vocabulary.Count < MaxVocabulary)
        {
            Vocabulary.TryAdd(value, encoded);
        }

        return encoded;
    }

    private static readonly double[] PowersOfTen = [1, 10, 100, 1000];

    /// <summary>A number as <see cref="Utf8JsonWriter.WriteNumber(JsonEncodedText, double)"/>
    /// writes it (the shortest digits that read back as the same double), with a short cut for
    /// the values scores hold: contributions rounded to two decimals, confidences to a few.</summary>
    internal static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        Span<byte> digits = stackalloc byte[24];
        if (TryFormatFewDecimals(value, digits, out var length))
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(digits[..length], skipInputValidation: true);
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }

    /// <summary>Formats a value of magnitude 0.001 to 10⁶ that is exactly a decimal of at most
    /// three places, as the shortest round-trip format would: "3.12", "-4.5", "0.405", "12".
    /// The check is exact: m / 10ᵏ, both exactly representable, rounds the way parsing the
    /// decimal does, so when it equals the value these digits read back as the value, and the
    /// smallest such k gives the fewest digits. Anything else (and -0) is left to the writer.</summary>
    internal static bool TryFormatFewDecimals(double value, Span<byte> destination, out int length)
    {
        length = 0;
        var magnitude = Math.Abs(value);
        if (value == 0 && !double.IsNegative(value))
        {
            destination[length++] = (byte)'0';
            return true;
        }

        if (!(magnitude >= 1e-3 && magnitude < 1e6))
        {
            return false;
        }

        for (var places = 0; places < PowersOfTen.Length; places++)
        {
            var scaled = Math.Round(magnitude * PowersOfTen[places]);
            if (scaled / PowersOfTen[places] != magnitude)
            {
                continue;
            }

            if (value < 0)
            {
                destination[length++] = (byte)'-';
            }

            var unitsPerWhole = (long)PowersOfTen[places];
            var units = (long)scaled;
            ((ulong)(units / unitsPerWhole)).TryFormat(destination[length..], out var written);
            length += written;
            if (places > 0)
            {
                destination[length++] = (byte)'.';
                var fraction = units % unitsPerWhole;
                for (var i = places - 1; i >= 0; i--)
                {
                    destination[length + i] = (byte)('0' + (fraction % 10));
                    fraction /= 10;
                }

                length += places;
            }

            return true;
        }

        return false;
    }

    /// <summary>Evidence objects already written in this answer. An answer cites a dozen or so
    /// distinct sentences, and the scorer shares one <see cref="Evidence"/> per sentence among
    /// every sector and event that cites it, so a linear search (a reference check first) beats
    /// hashing the text.</summary>
    private struct EvidenceCache
    {
        private Evidence[]? _evidence;
        private byte[][]? _json;
        private int _count;

        public byte[] Json(Evidence evidence)
        {
            for (var i = 0; i < _count; i++)
            {
                var known = _evidence![i];
                if (ReferenceEquals(known, evidence)
                    || (known.Start == evidence.Start && known.End == evidence.End && string.Equals(known.Text, evidence.Text, StringComparison.Ordinal)))
                {
                    return _json![i];
                }
            }

            var json = EvidenceJson(evidence);
            if (_evidence is null || _count == _evidence.Length)
            {
                Array.Resize(ref _evidence, Math.Max(16, _count * 2));
                Array.Resize(ref _json, _evidence.Length);
            }

            _evidence[_count] = evidence;
            _json![_count] = json;
            _count++;
            return json;
        }
    }
}
