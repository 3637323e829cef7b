using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>The figure classifier file: gzip over "AEE-FIGURES", format version, metadata JSON and two weight layers, categories then groups (as in the tagger file).</summary>
public static class FigureModelFile
{
    public const int FormatVersion = 2;
    private static readonly byte[] Magic = "AEE-FIGURES"u8.ToArray();
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Save(FigureClassifierModel model, Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(JsonSerializer.Serialize(model.Metadata, Json));
        TaggerModelFile.WriteLayer(writer, model.CategoryWeights);
        TaggerModelFile.WriteLayer(writer, model.GroupWeights);
    }

    public static FigureClassifierModel Load(Stream input, string source)
    {
        try
        {
            using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) throw new ModelFormatException($"{source}: not an aee figure classifier model");
            var version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new ModelFormatException($"{source}: model format version {version}; this aee reads version {FormatVersion} (retrain it with `aee train figures`)");
            var metadata = JsonSerializer.Deserialize<FigureModelMetadata>(reader.ReadString(), Json) ?? throw new ModelFormatException($"{source}: missing metadata");
            if (metadata.Categories.Count is 0 or > 64 || metadata.Categories[0] != FigureLabels.None || metadata.Groups.Count is 0 or > 64)
                throw new ModelFormatException($"{source}: damaged model (class lists)");
            var categories = TaggerModelFile.ReadLayer(reader, metadata.Categories.Count, source);
            return new FigureClassifierModel(metadata, categories, TaggerModelFile.ReadLayer(reader, metadata.Groups.Count, source));
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or JsonException or ArgumentException or NotSupportedException)
        {
            throw new ModelFormatException($"{source}: not a readable aee figure classifier model ({e.Message})", e);
        }
    }
}
