namespace ArabicEventExtraction.Text;

/// <summary>
/// Splits a text into sentences on . ! ? ؟ … and line breaks. A '.' between digits (1.5), after a
/// single letter (د.) or after a listed abbreviation does not end a sentence. Bullet and numbered
/// lines ("• ...", "– شهر يونيو ...", "1. ...") are list items: one sentence each, whole, with IsListItem. Paragraph is the index of the non-blank line a sentence
/// is on. Spans are trimmed of surrounding whitespace; sentences with no letter or digit are dropped.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly ListMarkers _listMarkers;
    private readonly Abbreviations _abbreviations;

    private SentenceSplitter(ListMarkers listMarkers, Abbreviations abbreviations)
    {
        _listMarkers = listMarkers;
        _abbreviations = abbreviations;
    }

    public static SentenceSplitter Default { get; } = new(ListMarkers.Default, Abbreviations.Default);

    public IReadOnlyList<Sentence> Split(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Text;
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= s.Length)
        {
            var lineEnd = lineStart;
            while (lineEnd < s.Length && !IsLineBreak(s[lineEnd])) lineEnd++;
            var (start, end) = Trim(s, lineStart, lineEnd);
            if (start < end)
            {
                var before = sentences.Count;
                // A list line stays whole: its later clauses ("115 مجزرة. راح ضحيتها 1271") need its label.
                if (_listMarkers.MarkerLength(s, start, end) > 0) Add(text, start, end, paragraph, true, sentences);
                else SplitLine(text, start, end, paragraph, sentences);
                if (sentences.Count > before) paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void SplitLine(NormalizedText text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        var s = text.Text;
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            if (!EndsSentence(s, i, end))
            {
                i++;
                continue;
            }
            i++;
            while (i < end && (IsTerminator(s[i]) || IsClosingMark(s[i]))) i++;
            Add(text, sentenceStart, i, paragraph, false, sentences);
            sentenceStart = i;
        }
        Add(text, sentenceStart, end, paragraph, false, sentences);
    }

    private bool EndsSentence(string s, int i, int end)
    {
        var c = s[i];
        if (c != '.') return IsTerminator(c);
        var next = i + 1 < end ? s[i + 1] : ' ';
        if (char.IsAsciiDigit(next) || char.IsAsciiLetter(next)) return false;   // 1.5, site.com, U.S.
        if (next == '.') return true;                                            // "..." ends a sentence
        return !_abbreviations.EndsBefore(s, i);
    }

    private static void Add(NormalizedText text, int start, int end, int paragraph, bool isListItem, List<Sentence> sentences)
    {
        (start, end) = Trim(text.Text, start, end);
        if (!HasLetterOrDigit(text.Text, start, end)) return;
        sentences.Add(new Sentence(text.ToOriginal(start, end), paragraph) { IsListItem = isListItem });
    }

    private static (int Start, int End) Trim(string s, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return (start, end);
    }

    private static bool HasLetterOrDigit(string s, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (char.IsLetterOrDigit(s[k])) return true;
        return false;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v';

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '۔';

    private static bool IsClosingMark(char c) => c is '"' or '\'' or '»' or '”' or '’' or ')' or ']' or '}';
}
