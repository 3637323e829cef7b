using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Actors;

/// <summary>
/// A reporting cue in a sentence ("وفق", "بحسب", "قال", "وثقت") and, when one is named within a
/// few words, the reporting organisation it introduces (canonical name and span).
/// </summary>
public sealed record SourceCue(TextSpan Span, string Cue)
{
    public string? SourceName { get; init; }

    public TextSpan? SourceSpan { get; init; }
}
