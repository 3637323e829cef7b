namespace ArabicEventExtraction.Documents;

/// <summary>Recognizes bullet and table lines ("• ...", "– شهر يونيو ...", "- ...", "3. ...").</summary>
public static class ListLines
{
    public static bool IsListLine(string text, int offset)
    {
        var start = offset <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1) + 1;
        while (start < text.Length && text[start] is ' ' or '\t' or '*') start++;
        if (start >= text.Length) return false;
        var end = text.IndexOf('\n', start);
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd();
        if (line.Length > 0 && line[^1] == ':') return false;   // the header that opens a list
        var c = text[start];
        if (c is '•' or '–' or '—' or '-' or '▪' or '●' or '·' or '◦') return true;
        var i = start;
        while (i < text.Length && char.IsDigit(text[i])) i++;
        return i > start && i < text.Length && text[i] is '.' or ')' && i - start <= 2;
    }

    /// <summary>True when the line before the one holding <paramref name="offset"/> ends with a colon: the line heads a list.</summary>
    public static bool FollowsListHeader(string text, int offset)
    {
        var lineStart = offset <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1) + 1;
        var i = lineStart - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i >= 0 && text[i] == ':';
    }
}
