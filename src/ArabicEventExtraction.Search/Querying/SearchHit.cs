namespace ArabicEventExtraction.Search.Querying;

/// <summary>One result: an event (its JSON line) or, for a document with no events, the document alone.</summary>
public sealed record SearchHit(string DocId, string? EventId, string? EventJson, double Score, string? Dct, Snippet Snippet);
