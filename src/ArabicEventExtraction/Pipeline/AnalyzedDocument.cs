using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Places;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Pipeline;

/// <summary>A document with everything the stages found in it; every span refers to Document.Text.</summary>
public sealed class AnalyzedDocument
{
    public AnalyzedDocument(Document document)
    {
        Document = document;
        Normalized = ArabicNormalizer.Normalize(document.Text);
    }

    public Document Document { get; }
    public NormalizedText Normalized { get; }
    public IReadOnlyList<Sentence> Sentences { get; set; } = [];
    public IReadOnlyList<Token> Tokens { get; set; } = [];
    public IReadOnlyList<NumberMention> Numbers { get; set; } = [];
    public IReadOnlyList<DateMention> Dates { get; set; } = [];
    public IReadOnlyList<PlaceMention> Places { get; set; } = [];
    public IReadOnlyList<ActorMention> Actors { get; set; } = [];
    /// <summary>Entities found by the trained tagger (Learning/EntityTaggerStage), beside the dictionary-based places and actors.</summary>
    public IReadOnlyList<EntityMention> EntityMentions { get; set; } = [];
    public IReadOnlyList<FigureMention> Figures { get; set; } = [];
    public IReadOnlyList<ExtractedEvent> Events { get; set; } = [];
}
