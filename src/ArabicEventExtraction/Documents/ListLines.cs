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

    // A table row's label ("رام الله والبيرة", "فصائل المعارضة المسلحة") is a few words at most.
    private const int MaxRowLabel = 40;
    private const int MaxRows = 300;

    /// <summary>
    /// True when the line holding <paramref name="offset"/> is the first line after one ending with a
    /// colon, or one of the "label: number" rows under such a line ("القدس: 164" after
    /// "وتوزعت حالات الاعتقال على المحافظات كالتالي:").
    /// </summary>
    public static bool FollowsListHeader(string text, int offset)
    {
        var lineStart = offset <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1) + 1;
        for (var rows = 0; rows < MaxRows; rows++)
        {
            var i = lineStart - 1;
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            if (i < 0) return false;
            if (text[i] == ':') return true;
            var previousStart = text.LastIndexOf('\n', i) + 1;
            if (!IsLabelledRow(text.AsSpan(previousStart, i + 1 - previousStart))) return false;
            lineStart = previousStart;
        }
        return false;
    }

    /// <summary>"القدس: 164", "فصائل المعارضة المسلحة: 27 حالة": a short label, a colon, then a number.</summary>
    private static bool IsLabelledRow(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > MaxRowLabel || line[..colon].IndexOfAny(".،,؛;") >= 0) return false;
        var rest = line[(colon + 1)..].TrimStart();
        return rest.Length > 0 && (char.IsDigit(rest[0]) || rest[0] is >= '\u0660' and <= '\u0669');
    }
}
