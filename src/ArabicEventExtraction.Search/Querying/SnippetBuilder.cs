using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Search.Analysis;

namespace ArabicEventExtraction.Search.Querying;

/// <summary>Cuts the passage to show for a hit and finds the query's words in it, by analyzing it as the index did.</summary>
public sealed class SnippetBuilder(ArabicAnalyzer analyzer, int maxLength = 320)
{
    /// <summary>The passage for an event: its evidence (around the first match when the evidence is long).</summary>
    public Snippet ForEvidence(string text, TextSpan evidence, ParsedQuery? query)
    {
        var start = Math.Clamp(evidence.Start, 0, text.Length);
        var end = Math.Clamp(evidence.End, start, text.Length);
        if (end == start) return ForDocument(text, query);
        if (end - start > maxLength)
        {
            var first = query is null ? null : Matches(text, start, end, query).Cast<TextSpan?>().FirstOrDefault();
            var at = first is { } f ? Math.Max(start, f.Start - maxLength / 3) : start;
            (start, end) = (at, Math.Min(end, at + maxLength));
        }
        return Build(text, start, end, query);
    }

    /// <summary>The passage for a document: around the first match, or its beginning.</summary>
    public Snippet ForDocument(string text, ParsedQuery? query)
    {
        var first = query is null ? null : Matches(text, 0, text.Length, query).Cast<TextSpan?>().FirstOrDefault();
        var start = first is { } f ? Math.Max(0, f.Start - maxLength / 3) : 0;
        return Build(text, start, Math.Min(text.Length, start + maxLength), query);
    }

    private Snippet Build(string text, int start, int end, ParsedQuery? query)
    {
        (start, end) = SnapToWords(text, start, end);
        var highlights = query is null ? [] : Matches(text, start, end, query).ToList();
        return new Snippet(start, end, text[start..end], highlights);
    }

    private IEnumerable<TextSpan> Matches(string text, int start, int end, ParsedQuery query)
    {
        foreach (var token in analyzer.Tokens(text[start..end]))
            if (query.Highlights(token.Term)) yield return new TextSpan(start + token.Start, start + token.End);
    }

    // Widen to whole words so no word is cut (and analyzed differently) at the edge.
    private static (int, int) SnapToWords(string text, int start, int end)
    {
        const int reach = 30;
        var s = start;
        while (s > 0 && start - s < reach && !char.IsWhiteSpace(text[s - 1])) s--;
        var e = end;
        while (e < text.Length && e - end < reach && !char.IsWhiteSpace(text[e])) e++;
        return (s, e);
    }
}
