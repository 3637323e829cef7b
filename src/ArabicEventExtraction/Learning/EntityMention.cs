using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Learning;

/// <summary>An entity the tagger found: Label is the model's ("LOC", "ORG" ...), Span is in the original text.</summary>
public sealed record EntityMention(TextSpan Span, string Label, string Text);
