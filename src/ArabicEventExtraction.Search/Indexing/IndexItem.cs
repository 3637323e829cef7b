using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Search.Indexing;

/// <summary>A document and all its events: indexing it replaces whatever the store held for its id.</summary>
public sealed record IndexItem(Document Document, IReadOnlyList<StoredEvent> Events)
{
    public static IndexItem FromExtraction(Document document, IEnumerable<ExtractedEvent> events) =>
        new(document, events.Select(e => new StoredEvent(e, EventJsonWriter.ToJson(e, document.Text))).ToList());
}
