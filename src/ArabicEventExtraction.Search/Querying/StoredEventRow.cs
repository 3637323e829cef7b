namespace ArabicEventExtraction.Search.Querying;

/// <summary>An event as stored: its JSON line, its document's text (the spans refer to it) and its killed count.</summary>
public sealed record StoredEventRow(string Json, string DocumentText, long Killed);
