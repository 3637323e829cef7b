using System.IO.Compression;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Learning.Figures;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Tests.Corpus;

namespace ArabicEventExtraction.Tests.Pipeline;

public sealed class ExtractionPipelineOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aee-models-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] StageNames(ExtractionPipeline pipeline) => pipeline.Stages.Select(s => s.Name).ToArray();

    [Fact]
    public void Without_models_the_pipeline_is_the_rules_alone()
    {
        Assert.Equal(["text", "mentions", "figures", "events"], StageNames(ExtractionPipeline.CreateDefault()));
        Assert.Equal(["text", "mentions", "figures", "events"], StageNames(ExtractionPipeline.CreateDefault(new PipelineOptions())));
    }

    [Fact]
    public void The_shipped_models_add_the_figure_classifier_before_the_events()
    {
        var pipeline = ExtractionPipeline.CreateDefault(new PipelineOptions { ModelsDirectory = RepositoryRoot.PathOf("models") });

        Assert.Equal(["text", "mentions", "figures", "figure-classifier", "events"], StageNames(pipeline));
    }

    [Fact]
    public void Rules_only_with_a_models_folder_does_not_load_a_model()
    {
        var pipeline = ExtractionPipeline.CreateDefault(new PipelineOptions { ModelsDirectory = _folder, FigureCombination = FigureCombination.RulesOnly });

        Assert.DoesNotContain("figure-classifier", StageNames(pipeline));
    }

    [Fact]
    public void A_missing_models_folder_is_named()
    {
        var missing = Path.Combine(_folder, "nowhere");

        var e = Assert.Throws<DirectoryNotFoundException>(() => ExtractionPipeline.CreateDefault(new PipelineOptions { ModelsDirectory = missing }));

        Assert.Contains(missing, e.Message);
    }

    [Fact]
    public void A_folder_without_a_figure_model_names_the_file_pattern_and_the_folder()
    {
        var e = Assert.Throws<FileNotFoundException>(() => ExtractionPipeline.CreateDefault(new PipelineOptions { ModelsDirectory = _folder }));

        Assert.Contains(ModelDirectory.FigureModelPattern, e.Message);
        Assert.Contains(_folder, e.Message);
    }

    [Fact]
    public void A_model_of_another_format_version_names_the_file_and_both_versions()
    {
        var path = Path.Combine(_folder, "figures-old.model");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var writer = new BinaryWriter(gzip))
        {
            writer.Write("AEE-FIGURES"u8.ToArray());
            writer.Write(FigureModelFile.FormatVersion + 1);
        }

        var e = Assert.Throws<ModelFormatException>(() => ExtractionPipeline.CreateDefault(new PipelineOptions { ModelsDirectory = _folder }));

        Assert.Contains(path, e.Message);
        Assert.Contains($"version {FigureModelFile.FormatVersion + 1}", e.Message);
    }
}
