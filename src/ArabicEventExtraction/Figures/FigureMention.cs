using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Figures;

/// <summary>A casualty or incident count found in the text, with the span of its number and noun.</summary>
public sealed record FigureMention(TextSpan Span, FigureCategory Category, FigureGroup Group, long? Value, Qualifier Qualifier)
{
    public long? Low { get; init; }
    public long? High { get; init; }
    /// <summary>A count of bodies found ("عشرات الجثث"): without a date of its own it is dated by the report.</summary>
    public bool IsFoundState { get; init; }
    /// <summary>How sure the extractor is, 0..1; rules give 1, the figure classifier less.</summary>
    public double Confidence { get; init; } = 1.0;
}
