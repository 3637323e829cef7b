using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>"منذ بدء الاحتجاجات" with no date: a count running since the start of something the text named before.</summary>
public static class OnsetReference
{
    /// <summary>The bare stem of the noun after "منذ بدء" inside <paramref name="unit"/>, if the unit has such a phrase.</summary>
    public static string? Find(NormalizedText text, TextSpan unit)
    {
        var words = Words(text, unit);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (!FigureLexicon.Stems(words[i].Word).Any(s => DateLexicon.Default.Is(s, CueRole.Since))) continue;
            if (!CueWords.Onsets.Lists(words[i + 1].Word)) continue;
            return Bare(words[i + 2].Word);
        }
        return null;
    }

    /// <summary>The original span of the first word of <paramref name="unit"/> whose bare stem is <paramref name="noun"/>.</summary>
    public static TextSpan? Mention(NormalizedText text, TextSpan unit, string noun)
    {
        foreach (var (word, span) in Words(text, unit))
            if (Bare(word) == noun) return span;
        return null;
    }

    private static string Bare(string word) => FigureLexicon.Stems(word).Last();

    private static List<(string Word, TextSpan Span)> Words(NormalizedText text, TextSpan unit)
    {
        var result = new List<(string, TextSpan)>();
        var end = text.FromOriginal(unit.End);
        var at = text.FromOriginal(unit.Start);
        while (at < end)
        {
            while (at < end && !char.IsLetter(text.Text[at])) at++;
            var start = at;
            while (at < end && char.IsLetter(text.Text[at])) at++;
            if (at > start) result.Add((text.Text[start..at], text.ToOriginal(start, at)));
        }
        return result;
    }
}
