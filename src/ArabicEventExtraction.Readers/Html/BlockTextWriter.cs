using System.Text;
using AngleSharp.Dom;

namespace ArabicEventExtraction.Readers.Html;

/// <summary>Writes an element's text with one line per block (heading, paragraph, list item, table row).</summary>
public static class BlockTextWriter
{
    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "tr", "table",
        "section", "article", "main", "figure", "figcaption", "dd", "dt", "dl", "address", "header", "hr",
    ];

    public static string Write(INode root)
    {
        var builder = new StringBuilder();
        Append(root, builder);
        return Tidy(builder.ToString());
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    builder.Append('\n');
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    builder.Append('\n');
                    Append(element, builder);
                    builder.Append('\n');
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    Append(cell, builder);
                    builder.Append(' ');
                    break;
                case IElement element:
                    Append(element, builder);
                    break;
            }
        }
    }

    /// <summary>Collapses runs of spaces inside a line, trims lines and drops empty ones.</summary>
    private static string Tidy(string raw)
    {
        var lines = raw.Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }
}
