using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Places;

namespace ArabicEventExtraction.Pipeline;

/// <summary>Numbers, dates, places and actors: each found and resolved by its own recognizer.</summary>
public sealed class MentionStage(PlaceRecognizer? places = null) : IPipelineStage
{
    private readonly PlaceRecognizer _places = places ?? PlaceRecognizer.Default;

    public string Name => "mentions";

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var text = document.Normalized;
        document.Numbers = NumberRecognizer.Default.Find(text);
        document.Dates = DateRecognizer.Default.Find(text, document.Document.Dct);
        document.Places = _places.Find(text);
        document.Actors = ActorRecognizer.Default.Find(text);
    }
}
