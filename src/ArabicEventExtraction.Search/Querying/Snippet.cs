using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Search.Querying;

/// <summary>A passage of a document's original text; [Start, End) and every highlight are offsets into that text.</summary>
public sealed record Snippet(int Start, int End, string Text, IReadOnlyList<TextSpan> Highlights)
{
    /// <summary>The passage with highlighted words between the given marks.</summary>
    public string Marked(string open, string close)
    {
        var sb = new System.Text.StringBuilder(Text.Length + Highlights.Count * (open.Length + close.Length));
        var at = Start;
        foreach (var h in Highlights)
        {
            sb.Append(Text, at - Start, h.Start - at).Append(open).Append(Text, h.Start - Start, h.Length).Append(close);
            at = h.End;
        }
        sb.Append(Text, at - Start, End - at);
        return sb.ToString();
    }
}
