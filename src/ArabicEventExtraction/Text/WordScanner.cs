namespace ArabicEventExtraction.Text;

/// <summary>
/// Splits normalized text into whole words (letters and digits, with a decimal or thousands mark
/// inside a digit run) and single punctuation marks; line breaks are kept as punctuation.
/// </summary>
public static class WordScanner
{
    public static IReadOnlyList<ScannedWord> Scan(NormalizedText normalized)
    {
        var text = normalized.Text;
        var words = new List<ScannedWord>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                // Digits and letters written together ("3مجازر", "دمشق1") are separate words.
                var start = i;
                var digits = char.IsDigit(c);
                while (i < text.Length && (char.IsDigit(text[i]) == digits && char.IsLetterOrDigit(text[i]) || digits && IsInnerNumberMark(text, i)))
                    i++;
                words.Add(new ScannedWord(text[start..i], start, i, false));
                continue;
            }
            if (c == '\n' || (!char.IsWhiteSpace(c) && !char.IsControl(c)))
                words.Add(new ScannedWord(c.ToString(), i, i + 1, true));
            i++;
        }
        return words;
    }

    private static bool IsInnerNumberMark(string text, int i) =>
        text[i] is '.' or ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
}
