namespace ArabicEventExtraction.Dates;

/// <summary>Splits normalized text into letter runs, digit runs and single punctuation marks.</summary>
public static class DateTokenizer
{
    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>(text.Length / 5);
        var newline = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c is '\n' or '\r' or '\u2028' or '\u2029') newline = true;
                i++;
                continue;
            }
            var start = i;
            DateTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                kind = DateTokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                kind = DateTokenKind.Word;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                kind = DateTokenKind.Punctuation;
            }
            var word = text[start..i];
            var stems = kind == DateTokenKind.Word ? Clitics.Strip(word) : [];
            tokens.Add(new DateToken(start, i, kind, word) { StartsLine = newline, Stems = stems });
            newline = false;
        }
        return tokens;
    }
}
