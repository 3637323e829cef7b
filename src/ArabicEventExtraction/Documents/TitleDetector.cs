namespace ArabicEventExtraction.Documents;

/// <summary>A headline: the first line of a multi-line text when it is short and not a full sentence.</summary>
public static class TitleDetector
{
    private const int MaxTitleLength = 220;

    public static TextSpan? Find(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = text.IndexOf('\n', start);
        if (end < 0) return null;
        var line = text.AsSpan(start, end - start).TrimEnd();
        if (line.Length == 0 || line.Length > MaxTitleLength || line[^1] is '.' or ':' or '،' or ',') return null;
        return new TextSpan(start, start + line.Length);
    }
}
