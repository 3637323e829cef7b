using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>
/// Cuts a very long document into parts of at most a given length, at a paragraph break if there is
/// one in the second half of the part, else a line break, sentence end or space. Each part is a
/// document of its own (id "ID:partN"), so spans refer to the part's text (see --save-docs).
/// </summary>
public static class DocumentSplitter
{
    public static IEnumerable<Document> Split(Document document, int maxChars)
    {
        var text = document.Text;
        if (text.Length <= maxChars)
        {
            yield return document;
            yield break;
        }
        var start = 0;
        var part = 1;
        while (start < text.Length)
        {
            var end = text.Length - start <= maxChars ? text.Length : CutPoint(text, start, start + maxChars);
            yield return document with { Id = $"{document.Id}:part{part}", Text = text[start..end] };
            start = end;
            part++;
        }
    }

    private static int CutPoint(string text, int start, int limit)
    {
        var half = start + (limit - start) / 2;
        var window = text.AsSpan(half, limit - half);
        var paragraph = window.LastIndexOf("\n\n");
        if (paragraph >= 0) return half + paragraph + 2;
        var line = window.LastIndexOf('\n');
        if (line >= 0) return half + line + 1;
        var sentence = window.LastIndexOfAny('.', '؟', '!');
        if (sentence >= 0) return half + sentence + 1;
        var space = window.LastIndexOf(' ');
        if (space >= 0) return half + space + 1;
        // Never cut a surrogate pair.
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
