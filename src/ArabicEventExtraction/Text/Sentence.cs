using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Text;

/// <summary>A sentence or a list/bullet line; Paragraph is the index of the non-blank line it is on.</summary>
public sealed record Sentence(TextSpan Span, int Paragraph)
{
    /// <summary>True for bullet or table lines ("• ...", "– شهر يونيو ...").</summary>
    public bool IsListItem { get; init; }
}
