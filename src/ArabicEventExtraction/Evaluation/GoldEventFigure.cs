namespace ArabicEventExtraction.Evaluation;

/// <summary>
/// A gold figure with its flattened event attributes (shared/schema/EVENTS.md), names already in
/// score.py's comparison form (<see cref="ScoringNames"/>). Date null, no places, no actors: not scored.
/// </summary>
public sealed record GoldEventFigure
{
    public required string Category { get; init; }
    public required IReadOnlyList<string?> Groups { get; init; }
    /// <summary>The group as score.py prints it: a name, or a list like ['civilians', 'total'].</summary>
    public required string GroupText { get; init; }
    public FigureValue Value { get; init; }
    public string? Qualifier { get; init; } = "exact";
    public string? Kind { get; init; }
    public ScoredDate? Date { get; init; }
    public IReadOnlySet<string> Places { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> PlacesBroader { get; init; } = new HashSet<string>();
    public IReadOnlySet<string?> Actors { get; init; } = new HashSet<string?>();
    public bool Optional { get; init; }
    public string? Text { get; init; }
}
