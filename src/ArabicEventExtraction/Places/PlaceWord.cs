namespace ArabicEventExtraction.Places;

/// <summary>
/// A word of the normalized text, [Start, End). <see cref="BreakBefore"/> is set when punctuation
/// (other than a comma) separates it from the previous word; <see cref="CommaBefore"/> for a comma.
/// </summary>
internal readonly record struct PlaceWord(int Start, int End, bool BreakBefore, bool CommaBefore)
{
    public int Length => End - Start;
}
