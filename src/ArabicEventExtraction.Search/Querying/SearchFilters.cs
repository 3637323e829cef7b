namespace ArabicEventExtraction.Search.Querying;

/// <summary>Restrictions on the events a search or export returns; null means no restriction.</summary>
public sealed record SearchFilters
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Place { get; init; }
    public string? Actor { get; init; }
    public string? Category { get; init; }
    public string? Group { get; init; }
    public long? Min { get; init; }
    public string? Kind { get; init; }

    /// <summary>True when a filter needs an event (documents without events cannot pass it).</summary>
    public bool NeedsEvent => Place is not null || Actor is not null || Category is not null || Group is not null || Min is not null || Kind is not null;
}
