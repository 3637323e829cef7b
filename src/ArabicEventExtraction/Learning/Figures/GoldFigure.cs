namespace ArabicEventExtraction.Learning.Figures;

/// <summary>A gold figure as the classifier needs it: its category, acceptable groups and verbatim text.</summary>
public sealed record GoldFigure(string Category, IReadOnlyList<string> Groups, string Text)
{
    public bool Optional { get; init; }
}
