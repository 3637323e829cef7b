using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Learning.Figures;

namespace ArabicEventExtraction.Tests.Learning.Figures;

public class FigureClassifierTests
{
    private static readonly FigureClassifierModel Model =
        FigureClassifierTrainer.Train(FigureToyData.Documents(30, seed: 1), new TrainingOptions { Epochs = 5 });

    [Fact]
    public void Gold_figures_are_aligned_to_the_numbers_they_hold()
    {
        var document = FigureToyData.Documents(1, seed: 2)[0];

        Assert.Equal(["killed/civilians", "injured/children", "none"], document.Gold.Labels);
        Assert.Empty(document.Gold.Unaligned);
    }

    [Fact]
    public void Learns_category_group_and_not_a_figure_from_context()
    {
        foreach (var document in FigureToyData.Documents(10, seed: 3))
            Assert.Equal(document.Gold.Labels, FigureDecisions.Decide(Model, document.Candidates, document.Features, FigureCombination.ModelOnly));
    }

    [Fact]
    public void The_stage_adds_figures_the_rules_missed_with_their_noun_and_leaves_years_alone()
    {
        const string text = "قتل 12 مدنيين وأصيب 40 أطفال في قصف على حلب في عام 2016.";
        var document = FigureToyData.Analyze(text);

        new FigureClassifierStage(Model, FigureCombination.RulesThenModel, minMargin: 0).Process(document, CancellationToken.None);

        Assert.Equal(
            [("12 مدنيين", FigureCategory.Killed, FigureGroup.Civilians), ("40 أطفال", FigureCategory.Injured, FigureGroup.Children)],
            document.Figures.Select(f => (f.Span.Of(text), f.Category, f.Group)));
        Assert.All(document.Figures, f => Assert.Equal(FigureClassifierStage.ModelConfidence, f.Confidence));
    }

    [Fact]
    public void A_margin_the_model_never_reaches_adds_nothing()
    {
        var document = FigureToyData.Analyze("قتل 12 مدنيين في حلب.");

        new FigureClassifierStage(Model, FigureCombination.RulesThenModel, minMargin: float.MaxValue).Process(document, CancellationToken.None);

        Assert.Empty(document.Figures);
    }

    [Fact]
    public void Rules_only_leaves_the_figures_untouched()
    {
        var document = FigureToyData.Analyze("قتل 12 مدنيين في حلب.");

        new FigureClassifierStage(Model, FigureCombination.RulesOnly).Process(document, CancellationToken.None);

        Assert.Empty(document.Figures);
    }

    [Fact]
    public void The_model_file_round_trips_and_refuses_other_files()
    {
        using var stream = new MemoryStream();
        FigureModelFile.Save(Model, stream);
        stream.Position = 0;
        var loaded = FigureModelFile.Load(stream, "f.model");

        Assert.Equal(Model.Metadata.Classes, loaded.Metadata.Classes);
        var document = FigureToyData.Documents(1, seed: 4)[0];
        Assert.Equal(
            FigureDecisions.Decide(Model, document.Candidates, document.Features, FigureCombination.ModelOnly),
            FigureDecisions.Decide(loaded, document.Candidates, document.Features, FigureCombination.ModelOnly));
        Assert.Throws<ModelFormatException>(() => FigureModelFile.Load(new MemoryStream("nope"u8.ToArray()), "x.model"));
    }

    [Fact]
    public void Training_twice_gives_identical_files()
    {
        var documents = FigureToyData.Documents(12, seed: 5);
        byte[] Save()
        {
            using var stream = new MemoryStream();
            FigureModelFile.Save(FigureClassifierTrainer.Train(documents, new TrainingOptions { Epochs = 3 }), stream);
            return stream.ToArray();
        }

        Assert.Equal(Save(), Save());
    }

    [Fact]
    public void A_model_of_another_format_version_is_refused_naming_both_versions()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip))
        {
            writer.Write("AEE-FIGURES"u8.ToArray());
            writer.Write(1);
        }
        stream.Position = 0;

        var error = Assert.Throws<ModelFormatException>(() => FigureModelFile.Load(stream, "old.model"));

        Assert.Contains("old.model", error.Message);
        Assert.Contains("version 1", error.Message);
        Assert.Contains($"version {FigureModelFile.FormatVersion}", error.Message);
    }
}
