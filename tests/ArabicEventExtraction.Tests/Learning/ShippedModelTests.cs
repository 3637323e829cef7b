using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Learning.Figures;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Tests.Learning;

/// <summary>The model files in models/ load with this build's format and behave sensibly on text written by us.</summary>
public class ShippedModelTests
{
    private static string ModelPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"models/{name} not found above {AppContext.BaseDirectory}");
    }

    [Fact]
    public void The_shipped_tagger_finds_places_and_organisations()
    {
        using var file = File.OpenRead(ModelPath("tagger-anercorp.model"));
        var model = TaggerModelFile.Load(file, "tagger-anercorp.model");
        const string text = "وقالت منظمة الصحة العالمية إن القصف على مدينة حلب أدى إلى مقتل عشرة مدنيين، فيما أعلنت وزارة الدفاع الروسية في موسكو أنها لم تنفذ أي غارة.";
        var document = new AnalyzedDocument(new Document("d", text));

        new EntityTaggerStage(model).Process(document, CancellationToken.None);

        var found = document.EntityMentions.Select(m => (m.Label, m.Text)).ToList();
        Assert.Contains(("LOC", "حلب"), found);
        Assert.Contains(("LOC", "موسكو"), found);
        Assert.Contains(found, m => m.Label == "ORG" && m.Text.Contains("الصحة العالمية"));
        Assert.Equal(TaggerModelFile.FormatVersion, model.Metadata.FormatVersion);
    }

    [Fact]
    public void The_shipped_figure_classifier_loads()
    {
        using var file = File.OpenRead(ModelPath("figures-ours.model"));

        var model = FigureModelFile.Load(file, "figures-ours.model");

        Assert.Contains("killed/civilians", model.Metadata.Classes);
        Assert.Equal(FigureLabels.None, model.Metadata.Classes[0]);
    }
}
