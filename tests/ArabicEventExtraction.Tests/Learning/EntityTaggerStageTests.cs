using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Tests.Learning;

public class EntityTaggerStageTests
{
    [Fact]
    public void Adds_places_and_organisations_with_spans_in_the_original_text()
    {
        var model = PerceptronTrainer.Train(ToyCorpus.Sentences(60, seed: 21), null, new TrainingOptions { Epochs = 5 }).Model;
        const string text = "قال الدفاع المدني إن قصف وقع في حمص. قال الهلال الأحمر إن انفجار وقع في درعا.";
        var document = new AnalyzedDocument(new Document("d1", text));

        new EntityTaggerStage(model).Process(document, CancellationToken.None);

        Assert.Equal(
            [("ORG", "الدفاع المدني"), ("LOC", "حمص"), ("ORG", "الهلال الأحمر"), ("LOC", "درعا")],
            document.EntityMentions.Select(m => (m.Label, m.Text)));
        Assert.All(document.EntityMentions, m => Assert.Equal(m.Text, m.Span.Of(text)));
    }
}
