using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Pipeline;

public class ExtractionPipelinePropertyTests
{
    // Words the rules react to (dates, triggers, list marks, anaphora), so random texts reach them in odd places.
    private static readonly string[] Words =
    [
        "في", "منذ", "قتل", "أصيب", "12", "15", "نوفمبر", "كانون", "الأول", ":", ".", "،", "\n", "حي", "مستشفى",
        "7", "يوليو", "الأحد", "أمس", "اليوم", "بينهم", "منها", "منهم", "ضحية", "جريحا", "خلال", "يومين", "حصيلة",
        "الأسبوع", "–", "•", "هذا", "العدد", "الفترة", "من", "إلى", "2016", "مدنيا", "طفلا", "ألف", "و",
    ];

    private static readonly Gen<string> Texts =
        Gen.Elements(Words).ListOf().Select(words => string.Join(' ', words));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Any_text_of_rule_words_is_read_without_error_and_spans_stay_inside_it(bool withShippedModels)
    {
        var pipeline = ExtractionPipeline.CreateDefault(withShippedModels
            ? new PipelineOptions { ModelsDirectory = Path.Combine(Corpus.RepositoryRoot.Find(), "models") }
            : null);
        Prop.ForAll(Texts.ToArbitrary(), Gen.Elements<DateOnly?>(new DateOnly(2016, 12, 13), null).ToArbitrary(), (text, dct) =>
        {
            var result = pipeline.Run(new Document("p", text, dct));
            foreach (var ev in result.Events)
                foreach (var figure in ev.Figures)
                    Assert.True(figure.Span.Start >= 0 && figure.Span.End <= text.Length && figure.Span.Start <= figure.Span.End);
        }).QuickCheckThrowOnFailure();
    }
}
