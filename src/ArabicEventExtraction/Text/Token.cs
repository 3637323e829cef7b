using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Text;

/// <summary>
/// A token of the original text: a word, a split-off clitic (و ف ب ل ك س, ال), a number or a
/// punctuation mark. Span is in the original text; Norm is its normalized form.
/// </summary>
public sealed record Token(TextSpan Span, string Norm, TokenKind Kind)
{
    /// <summary>Index of the whitespace-delimited word this token was split from.</summary>
    public int WordIndex { get; init; }
}
