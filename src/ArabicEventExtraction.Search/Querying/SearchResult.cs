namespace ArabicEventExtraction.Search.Querying;

public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, Facets? Facets);
