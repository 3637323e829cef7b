using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Learning.Figures;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Tests.Learning.Figures;

/// <summary>Tiny reports written by us, analysed with numbers but no rule figures, so the tests see the model alone.</summary>
public static class FigureToyData
{
    private static readonly string[] Places = ["حلب", "إدلب", "درعا", "حمص", "الرقة", "دوما"];

    public static List<LabelledFigureDocument> Documents(int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<LabelledFigureDocument>();
        for (var n = 0; n < count; n++)
        {
            var killed = random.Next(3, 60);
            var injured = random.Next(3, 60);
            var year = random.Next(2012, 2020);
            var place = Places[random.Next(Places.Length)];
            var text = $"قتل {killed} مدنيين وأصيب {injured} أطفال في قصف على {place} في عام {year}.";
            result.Add(LabelledFigureDocument.Create(Analyze(text),
            [
                new GoldFigure("killed", ["civilians"], $"{killed} مدنيين"),
                new GoldFigure("injured", ["children"], $"{injured} أطفال"),
            ]));
        }
        return result;
    }

    /// <summary>A text run through the rule stages up to the figures, as the classifier stage sees it in the pipeline.</summary>
    public static AnalyzedDocument AnalyzeWithRules(string text) =>
        new ExtractionPipeline([new TextStage(), new MentionStage(), new ArabicEventExtraction.Figures.FigureStage()]).Run(new Document("rules", text, new DateOnly(2019, 5, 22)));

    public static AnalyzedDocument Analyze(string text)
    {
        var document = new AnalyzedDocument(new Document("toy", text));
        document.Numbers = NumberRecognizer.Default.Find(document.Normalized);
        return document;
    }
}
