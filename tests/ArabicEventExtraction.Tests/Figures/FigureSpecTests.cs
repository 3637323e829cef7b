using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Serialization;
using ArabicEventExtraction.Tests.Specs;

namespace ArabicEventExtraction.Tests.Figures;

public class FigureSpecTests
{
    private static readonly ExtractionPipeline Pipeline = new([new TextStage(), new MentionStage(), new ArabicEventExtraction.Figures.FigureStage()]);

    public static TheoryData<string, string, string> Cases => SpecFile.TwoColumns("figures.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_the_figures_of_a_sentence(string location, string text, string expected)
    {
        _ = location;
        var doc = Pipeline.Run(new Document("spec", text, new DateOnly(2016, 12, 13)));

        var actual = doc.Figures
            .Select(f => $"{Names.Of(f.Category)}/{Names.Of(f.Group)}={(f.Value?.ToString() ?? "?")}:{Names.Of(f.Qualifier)}");
        Assert.Equal(expected, string.Join("; ", actual));
        Assert.All(doc.Figures, f => Assert.True(f.Span.Start >= 0 && f.Span.End <= text.Length && f.Span.Length > 0));
    }
}
