using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Numbers;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// The span and qualifier of a figure the classifier adds: the number with the noun after it and a
/// qualifier phrase of the lexicon before or after it ("أكثر من 50 جريجا", "18 على الأقل").
/// </summary>
internal static class ModelFigureText
{
    public static (TextSpan Span, Qualifier Qualifier) Of(FigureContextView v, NumberMention number, FigureLexicon lexicon)
    {
        var (first, last) = v.WordsOf(number.Span);
        if (last < first) return (number.Span, number.IsVague ? Qualifier.Vague : Qualifier.Exact);
        var spanFirst = first;
        var spanLast = last;
        var noun = last + 1;
        if (number.Form != NumberForm.Dual && v.IsWord(noun) && v.SameSentence(noun, last) && v.CueAt(noun) is null && !IsQualifierStart(v, noun, lexicon))
            spanLast = noun;
        var qualifier = number.IsVague ? Qualifier.Vague : Qualifier.Exact;
        if (!number.IsVague)
        {
            foreach (var phrase in lexicon.Qualifiers)
            {
                if (phrase.Before && Matches(v, first - phrase.Words.Length, phrase.Words, allowClitic: true))
                {
                    (qualifier, spanFirst) = (phrase.Qualifier, first - phrase.Words.Length);
                    break;
                }
                if (!phrase.Before && FirstMatchAfter(v, spanLast, phrase.Words) is { } end)
                {
                    (qualifier, spanLast) = (phrase.Qualifier, end);
                    break;
                }
            }
        }
        return (v.SpanOf(spanFirst, spanLast), qualifier);
    }

    private static bool IsQualifierStart(FigureContextView v, int i, FigureLexicon lexicon) =>
        lexicon.Qualifiers.Any(p => !p.Before && Matches(v, i, p.Words, allowClitic: false));

    private static int? FirstMatchAfter(FigureContextView v, int last, string[] words)
    {
        for (var start = last + 1; start <= last + 2; start++)
            if (Matches(v, start, words, allowClitic: false)) return start + words.Length - 1;
        return null;
    }

    private static bool Matches(FigureContextView v, int start, string[] words, bool allowClitic)
    {
        if (start < 0) return false;
        for (var k = 0; k < words.Length; k++)
        {
            var word = v.At(start + k);
            var ok = word == words[k] || (allowClitic && k == 0 && word.Length > 1 && word[0] is 'و' or 'ف' or 'ل' or 'ب' && word[1..] == words[k]);
            if (!ok) return false;
        }
        return true;
    }
}
