using System.Globalization;
using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// Whitespace-delimited words with punctuation split off, clitics left attached: the tokens of the
/// ANERcorp data the tagger is trained on, so tagging new text sees the same kind of tokens.
/// </summary>
public static class WordTokenizer
{
    public static List<TextSpan> Tokenize(string text)
    {
        var spans = new List<TextSpan>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordChar(c) || IsInnerNumberMark(text, i))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) { spans.Add(new TextSpan(start, i)); start = -1; }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                spans.Add(new TextSpan(i, i + 2));
                i++;
            }
            else if (!char.IsWhiteSpace(c)) spans.Add(new TextSpan(i, i + 1));
        }
        if (start >= 0) spans.Add(new TextSpan(start, text.Length));
        return spans;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '\u0640' || c == '\u200C' || c == '\u200D' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>A decimal or thousands separator between digits ("2.5", "1,200", "٣٫٥").</summary>
    private static bool IsInnerNumberMark(string text, int i) =>
        text[i] is '.' or ',' or '٫' or '٬' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
}
