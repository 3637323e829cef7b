namespace ArabicEventExtraction.Search.Querying;

/// <summary>One value of a facet: how many matching events have it and how many people they report killed.</summary>
public sealed record FacetBucket(string Key, long Events, long Killed);
