namespace ArabicEventExtraction.Learning;

/// <summary>The character classes of a token with repeats collapsed: "a" Arabic, "X"/"x" Latin, "d" digit, punctuation as is.</summary>
public static class WordShape
{
    public static string Of(string token)
    {
        Span<char> buffer = stackalloc char[Math.Min(token.Length, 16)];
        var length = 0;
        foreach (var c in token)
        {
            var cls = c switch
            {
                >= '\u0600' and <= '\u06FF' when char.IsLetter(c) => 'a',
                >= '0' and <= '9' => 'd',
                _ when char.IsDigit(c) => 'd',
                _ when char.IsUpper(c) => 'X',
                _ when char.IsLetter(c) => 'x',
                _ => c,
            };
            if (length > 0 && buffer[length - 1] == cls) continue;
            if (length == buffer.Length) break;
            buffer[length++] = cls;
        }
        return new string(buffer[..length]);
    }
}
