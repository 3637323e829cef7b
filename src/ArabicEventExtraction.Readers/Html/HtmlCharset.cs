using System.Text;
using ArabicEventExtraction.Readers.Encodings;

namespace ArabicEventExtraction.Readers.Html;

/// <summary>The charset a page declares in its first bytes (meta charset or http-equiv content type).</summary>
public static class HtmlCharset
{
    public static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var at = head.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var i = at + "charset".Length;
            while (i < head.Length && head[i] is ' ' or '=' or '"' or '\'') i++;
            var start = i;
            while (i < head.Length && (char.IsAsciiLetterOrDigit(head[i]) || head[i] is '-' or '_' or ':' or '.')) i++;
            if (i > start && TextEncodings.ByName(head[start..i]) is { } encoding) return encoding;
            at = head.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase);
        }
        return null;
    }
}
