using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Text;

/// <summary>A sentence or a list/bullet line; Paragraph counts the line-break-separated blocks of the document.</summary>
public sealed record Sentence(TextSpan Span, int Paragraph)
{
    /// <summary>True for bullet or table lines ("• ...", "– شهر يونيو ...").</summary>
    public bool IsListItem { get; init; }
}
