using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Dates;

/// <summary>A temporal expression: its span and, when it can be resolved, its date range.</summary>
public sealed record DateMention(TextSpan Span, DateMentionKind Kind, DateRange? Value)
{
    /// <summary>True for a line-initial timeline or section header ("في 12 ديسمبر/ كانون الأول، ...") that governs what follows.</summary>
    public bool IsHeader { get; init; }

    /// <summary>
    /// For a stretch of whole days counted back from publication ("خلال يومين", "خلال ثلاثة أيام"),
    /// its length in days; null otherwise. Lets a sentence that dates its events re-anchor it.
    /// </summary>
    public int? StretchDays { get; init; }
}
