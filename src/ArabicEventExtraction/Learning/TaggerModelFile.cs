using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// The tagger model file: gzip over a binary body: magic "AEE-TAGGER", format version (int32),
/// metadata as JSON, label count, layer count (1 or 2), then per layer: feature count, transitions,
/// and per feature (ascending hash) the hash, a bit mask of its non-zero labels and those weights
/// (float32). Same model → same bytes.
/// </summary>
public static class TaggerModelFile
{
    public const int FormatVersion = 1;
    private static readonly byte[] Magic = "AEE-TAGGER"u8.ToArray();
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Save(TaggerModel model, Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(JsonSerializer.Serialize(model.Metadata, Json));
        writer.Write(model.Labels.Count);
        writer.Write(model.Second is null ? 1 : 2);
        WriteLayer(writer, model.First);
        if (model.Second is { } second) WriteLayer(writer, second);
    }

    internal static void WriteLayer(BinaryWriter writer, TagWeights layer)
    {
        var L = layer.LabelCount;
        writer.Write(layer.FeatureCount);
        foreach (var t in layer.Transitions) writer.Write(t);
        var weights = layer.Weights;
        var hashes = layer.Hashes;
        for (var f = 0; f < hashes.Length; f++)
        {
            writer.Write(hashes[f]);
            var row = weights.Slice(f * L, L);
            ulong mask = 0;
            for (var y = 0; y < L; y++) if (row[y] != 0) mask |= 1UL << y;
            writer.Write(mask);
            for (var y = 0; y < L; y++) if (row[y] != 0) writer.Write(row[y]);
        }
    }

    /// <param name="source">The file name, for messages.</param>
    public static TaggerModel Load(Stream input, string source, IReadOnlyList<IEntityLexicon>? lexicons = null)
    {
        try
        {
            using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
            var magic = reader.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic)) throw new ModelFormatException($"{source}: not an aee tagger model");
            var version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new ModelFormatException($"{source}: model format version {version}; this aee reads version {FormatVersion} (retrain it with `aee train tagger`)");
            var metadata = JsonSerializer.Deserialize<ModelMetadata>(reader.ReadString(), Json)
                ?? throw new ModelFormatException($"{source}: missing metadata");
            var L = reader.ReadInt32();
            var layers = reader.ReadInt32();
            if (L != metadata.Labels.Count || L > 64 || layers is < 1 or > 2) throw new ModelFormatException($"{source}: damaged model (label or layer count)");
            var first = ReadLayer(reader, L, source);
            var second = layers == 2 ? ReadLayer(reader, L, source) : null;
            return new TaggerModel(metadata, first, second, lexicons);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or JsonException or ArgumentException or NotSupportedException)
        {
            throw new ModelFormatException($"{source}: not a readable aee tagger model ({e.Message})", e);
        }
    }

    internal static TagWeights ReadLayer(BinaryReader reader, int L, string source)
    {
        var count = reader.ReadInt32();
        if (count < 0) throw new ModelFormatException($"{source}: damaged model (feature count)");
        var transitions = new float[(L + 1) * L];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
        var hashes = new ulong[count];
        var weights = new float[count * L];
        for (var f = 0; f < count; f++)
        {
            hashes[f] = reader.ReadUInt64();
            var mask = reader.ReadUInt64();
            for (var y = 0; y < L; y++) if ((mask & (1UL << y)) != 0) weights[f * L + y] = reader.ReadSingle();
        }
        return new TagWeights(L, hashes, weights, transitions);
    }
}
