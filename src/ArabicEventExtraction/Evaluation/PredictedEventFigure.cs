namespace ArabicEventExtraction.Evaluation;

/// <summary>A predicted figure with what it inherits from its event: kind, date, places, actors (names in score.py's comparison form).</summary>
public sealed record PredictedEventFigure
{
    public required string Category { get; init; }
    public string? Group { get; init; }
    public FigureValue Value { get; init; }
    public string? Qualifier { get; init; } = "exact";
    public string? Kind { get; init; }
    public ScoredDate Date { get; init; } = ScoredDate.Missing;
    public IReadOnlySet<string> Places { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Actors { get; init; } = new HashSet<string>();
    public string? Text { get; init; }
}
