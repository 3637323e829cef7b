using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Dates;

/// <summary>
/// A date that opens a line (after an optional "في"/"وفي") and is followed by a comma, a colon
/// or the line end is a timeline header ("في 12 ديسمبر/ كانون الأول، ..."); so is a date on a
/// list line ("– شهر يونيو 89 مجزرة").
/// </summary>
public static class DateHeaderDetector
{
    private const string ListMarkers = "-–—•*·";

    public static bool IsHeader(string text, TextSpan span, DateLexicon lexicon)
    {
        var i = SkipSpacesBack(text, span.Start);
        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        if (wordStart < i && IsPreposition(text[wordStart..i], lexicon))
            i = SkipSpacesBack(text, wordStart);
        var listItem = false;
        while (i > 0 && ListMarkers.Contains(text[i - 1]))
        {
            listItem = true;
            i = SkipSpacesBack(text, i - 1);
        }
        if (i > 0 && text[i - 1] != '\n') return false;
        if (listItem) return true;
        var j = span.End;
        while (j < text.Length && text[j] is ' ' or '\t' or ')' or '"' or '”' or '»') j++;
        return j == text.Length || text[j] is ',' or ':' or '\n' or '\r';
    }

    private static bool IsPreposition(string word, DateLexicon lexicon) =>
        lexicon.Is(word, CueRole.In) || Clitics.Strip(word).Any(s => lexicon.Is(s.Stem, CueRole.In));

    private static int SkipSpacesBack(string text, int i)
    {
        while (i > 0 && text[i - 1] is ' ' or '\t') i--;
        return i;
    }
}
