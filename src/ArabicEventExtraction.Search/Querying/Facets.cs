namespace ArabicEventExtraction.Search.Querying;

/// <summary>Counts over every event matching a search, not only the ones shown.</summary>
public sealed record Facets(
    long Events,
    long Killed,
    IReadOnlyList<FacetBucket> Actors,
    IReadOnlyList<FacetBucket> Admin1,
    IReadOnlyList<FacetBucket> Places,
    IReadOnlyList<FacetBucket> Months,
    IReadOnlyList<FacetBucket> Categories);
