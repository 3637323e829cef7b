namespace ArabicEventExtraction.Search.Querying;

/// <summary>A hit before its text is read: document, event (none for a document without events), bm25 score, date for tie-breaks.</summary>
internal readonly record struct HitKey(long DocRowid, long? EventRowid, double Score, int? Day);
