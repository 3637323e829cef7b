namespace ArabicEventExtraction.Numbers;

/// <summary>Finds quantities written as digits, words, mixed forms, dual nouns or vague quantities.</summary>
public sealed class NumberRecognizer
{
    public static NumberRecognizer Default { get; } = new();

    public IReadOnlyList<NumberMention> Find(Text.NormalizedText text)
    {
        return [];
    }
}
