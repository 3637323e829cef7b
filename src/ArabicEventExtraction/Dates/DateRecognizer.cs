namespace ArabicEventExtraction.Dates;

/// <summary>Finds temporal expressions and resolves them against the publication date.</summary>
public sealed class DateRecognizer
{
    public static DateRecognizer Default { get; } = new();

    public IReadOnlyList<DateMention> Find(Text.NormalizedText text, DateOnly? dct)
    {
        return [];
    }
}
