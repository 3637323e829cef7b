namespace ArabicEventExtraction.Search.Analysis;

/// <summary>
/// Finds words in folded text: maximal runs of letters, or of digits (a run switching between the
/// two splits, so "5أطفال" gives "5" and "أطفال").
/// </summary>
public static class WordScanner
{
    public const int MaxWordLength = 40;

    /// <summary>Next word at or after <paramref name="from"/>; false at the end of the text.</summary>
    public static bool Next(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
        start = i;
        if (i >= text.Length)
        {
            end = i;
            return false;
        }
        var digits = char.IsDigit(text[i]);
        while (i < text.Length && char.IsLetterOrDigit(text[i]) && char.IsDigit(text[i]) == digits) i++;
        end = i;
        return true;
    }
}
