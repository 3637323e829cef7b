using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Numbers;

/// <summary>
/// A quantity found in the text: digits, number words, mixed forms, a dual noun or a vague
/// quantity. <see cref="Value"/> is null for vague quantities (عشرات), which carry Low/High.
/// </summary>
public sealed record NumberMention(TextSpan Span, long? Value, NumberForm Form)
{
    public long? Low { get; init; }
    public long? High { get; init; }
    public bool IsVague => Value is null;
    /// <summary>
    /// A fraction was written: "1.5 مليون" and "نصف مليون" keep their exact product in Value; a bare
    /// decimal such as "1.5" keeps its integer part (1), so a consumer can tell it is not a count.
    /// </summary>
    public bool HadFraction { get; init; }
}
