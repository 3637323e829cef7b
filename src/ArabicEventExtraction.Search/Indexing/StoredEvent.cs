using ArabicEventExtraction.Events;

namespace ArabicEventExtraction.Search.Indexing;

/// <summary>An event to store, with the JSON line (contract of EVENTS.md) that search and export give back.</summary>
public sealed record StoredEvent(ExtractedEvent Event, string Json);
