namespace ArabicEventExtraction.Search.Indexing;

/// <summary>An item with its content hash and index terms, computed ahead of writing.</summary>
internal sealed record AnalyzedItem(IndexItem Item, string Hash, string Terms);
