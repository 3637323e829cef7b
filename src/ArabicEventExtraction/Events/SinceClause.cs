using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>
/// "منذ اندلاع الاشتباكات بين القوات الحكومية والانفصاليين في عدن يوم الخميس": a date closing a
/// phrase opened by "منذ" dates the start of what the phrase names, so the count runs from it.
/// </summary>
public static class SinceClause
{
    private const int MaxWords = 14;
    private const int Stretch = 160;
    private static readonly char[] Separators = [' ', '\n', ',', '(', ')', '"', '«', '»'];

    /// <summary>The original offset of the "منذ" that opens the phrase the date at original offset <paramref name="originalOffset"/> closes, if one does.</summary>
    public static int? Opening(NormalizedText text, int originalOffset)
    {
        var end = text.FromOriginal(originalOffset);
        if (end <= 0) return null;
        var start = Math.Max(0, end - Stretch);
        // The phrase stays inside one clause: no sentence end, no ", و" starting another clause, no number.
        var clause = text.Text.LastIndexOfAny(['.', '\n', ';', ':', '!', '?'], end - 1, end - start);
        if (clause >= 0) start = clause + 1;
        var conjunction = text.Text.LastIndexOf(", و", end - 1, end - start, StringComparison.Ordinal);
        if (conjunction >= 0) start = conjunction + 1;
        var words = 0;
        var at = end;
        while (at > start && words < MaxWords)
        {
            while (at > start && Array.IndexOf(Separators, text.Text[at - 1]) >= 0) at--;
            var wordEnd = at;
            while (at > start && Array.IndexOf(Separators, text.Text[at - 1]) < 0) at--;
            if (wordEnd == at) break;
            var word = text.Text[at..wordEnd];
            if (word.Any(char.IsDigit)) return null;
            if (FigureLexicon.Stems(word).Any(s => DateLexicon.Default.Is(s, CueRole.Since)))
                return words > 0 ? text.ToOriginal(at, wordEnd).Start : null;
            words++;
        }
        return null;
    }
}
