namespace ArabicEventExtraction.Places;

/// <summary>Splits normalized text into words (runs of letters and digits) and notes the punctuation between them.</summary>
internal static class PlaceWordScanner
{
    public static PlaceWord[] Scan(string text)
    {
        var words = new List<PlaceWord>(text.Length / 5 + 4);
        bool pendingBreak = false, pendingComma = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                // Digits written against a name ("دمشق1 مجزرة") are a word of their own.
                var start = i;
                var digits = char.IsDigit(c);
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && char.IsDigit(text[i]) == digits) i++;
                words.Add(new PlaceWord(start, i, pendingBreak, pendingComma));
                pendingBreak = pendingComma = false;
                continue;
            }
            if (c == ',') pendingComma = true;
            else if (!char.IsWhiteSpace(c) && c != '-' && c != '_') pendingBreak = true;
            i++;
        }
        return words.ToArray();
    }
}
