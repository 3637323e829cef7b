using System.IO.Compression;
using System.Text;
using ArabicEventExtraction.Learning;

namespace ArabicEventExtraction.Tests.Learning;

public class TaggerModelFileTests
{
    private static readonly TaggerModel Model =
        PerceptronTrainer.Train(ToyCorpus.Sentences(40, seed: 11), null, new TrainingOptions { Epochs = 3 }).Model;

    [Fact]
    public void A_saved_model_loads_with_the_same_metadata_and_tags()
    {
        using var stream = new MemoryStream();
        TaggerModelFile.Save(Model, stream);
        stream.Position = 0;

        var loaded = TaggerModelFile.Load(stream, "m.model");

        Assert.Equal(Model.Metadata.TrainingDataSha256, loaded.Metadata.TrainingDataSha256);
        Assert.Equal(Model.Labels, loaded.Labels);
        Assert.Equal(Model.FeatureCount, loaded.FeatureCount);
        foreach (var sentence in ToyCorpus.Sentences(10, seed: 12))
            Assert.Equal(Model.Tag(sentence.Tokens), loaded.Tag(sentence.Tokens));
    }

    [Fact]
    public void Another_format_version_is_refused_with_a_clear_message()
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            writer.Write("AEE-TAGGER"u8);
            writer.Write(TaggerModelFile.FormatVersion + 1);
        }
        stream.Position = 0;

        var error = Assert.Throws<ModelFormatException>(() => TaggerModelFile.Load(stream, "old.model"));

        Assert.Contains("old.model", error.Message);
        Assert.Contains($"format version {TaggerModelFile.FormatVersion + 1}", error.Message);
        Assert.Contains($"reads version {TaggerModelFile.FormatVersion}", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        using var stream = new MemoryStream("not a model at all"u8.ToArray());

        var error = Assert.Throws<ModelFormatException>(() => TaggerModelFile.Load(stream, "x.model"));

        Assert.Contains("x.model", error.Message);
    }
}
