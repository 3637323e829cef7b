using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Dates;

/// <summary>
/// A temporal expression as found: its span in the normalized text and what each end says.
/// <see cref="To"/> is set for two-ended periods ("من X إلى Y").
/// </summary>
public sealed record DateExpression(TextSpan Span, DateMentionKind Kind, DateReference From, DateReference? To = null);
