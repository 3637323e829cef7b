using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// Hashed features of a number's context for the figure classifier: the words around it by
/// position and as a bag, their stems, the counted noun's character n-grams (so that a misspelt
/// noun looks like the right one), the nearest trigger words on both sides with their distance,
/// and the rule figure just before it in the sentence. The rules' label for the number itself is
/// not a feature: the model gives its own opinion and <see cref="FigureDecisions"/> weighs the two.
/// </summary>
public static class FigureFeatureExtractor
{
    private const int Near = 4;
    private const int Far = 10;
    private const int TriggerReach = 15;
    private const int AfterReach = 8;

    public static FigureFeatures[] Extract(AnalyzedDocument document, IReadOnlyList<FigureCandidate> candidates) =>
        Extract(FigureContextView.Of(document), candidates);

    internal static FigureFeatures[] Extract(FigureContextView view, IReadOnlyList<FigureCandidate> candidates)
    {
        return candidates.Select(c =>
        {
            var (first, last) = view.WordsOf(c.Number.Span);
            var noun = c.Number.Form == NumberForm.Dual ? first : NounIndex(view, last);
            return new FigureFeatures(CategoryFeatures(view, c, first, last, noun), FigureGroupFeatures.Of(view, c, first, last, noun), CountsKnownNoun(view, last, noun) && HasCategoryCue(view, first, last, noun));
        }).ToArray();
    }

    private static ulong[] CategoryFeatures(FigureContextView v, FigureCandidate candidate, int first, int last, int noun)
    {
        var f = new List<ulong>(96)
        {
            FeatureHash.Of("bias", ""),
            FeatureHash.Of("form", candidate.Number.Form.ToString()),
            FeatureHash.Of("size", SizeOf(candidate.Number)),
        };
        for (var d = 1; d <= Near; d++)
        {
            var left = v.At(first - d);
            var right = v.At(last + d);
            f.Add(FeatureHash.Of("l" + d, left));
            f.Add(FeatureHash.Of("r" + d, right));
            f.Add(FeatureHash.Of("ls" + d, v.StemAt(first - d)));
            f.Add(FeatureHash.Of("rs" + d, v.StemAt(last + d)));
        }
        f.Add(FeatureHash.Of("l2l1", v.At(first - 2), v.At(first - 1)));
        f.Add(FeatureHash.Of("r1r2", v.At(last + 1), v.At(last + 2)));
        for (var d = 1; d <= Far; d++)
        {
            f.Add(FeatureHash.Of("bl", v.StemAt(first - d)));
            f.Add(FeatureHash.Of("br", v.StemAt(last + d)));
        }
        if (v.InDate(candidate.Number.Span)) f.Add(FeatureHash.Of("in", "date"));
        if (v.InPlace(candidate.Number.Span)) f.Add(FeatureHash.Of("in", "place"));
        for (var d = 1; d <= Near; d++)
        {
            if (!v.SameSentence(first - d, first)) break;
            if (v.CueAt(first - d) is { } cue) f.Add(FeatureHash.Of("cue-before", cue));
        }
        if (v.CueAt(last + 1) is { } next) f.Add(FeatureHash.Of("cue-after", next));
        FigureGroupFeatures.AddNoun(v, noun, f);
        TriggerFeatures(v, first, last, f);
        PreviousFigureFeatures(v, candidate, first, last, f);
        return f.Distinct().ToArray();
    }

    /// <summary>The counted noun: the first word after the number, stepping over "على الأقل", "من", "بين" and quotes.</summary>
    private static int NounIndex(FigureContextView v, int last)
    {
        var j = last + 1;
        for (var skipped = 0; skipped < 4 && v.IsNounSkipWord(j); skipped++) j++;
        return j;
    }

    /// <summary>A case noun ("حالة") counts persons only when a casualty word names the cases ("حالة اختطاف", not "حالة تعذيب").</summary>
    private static bool CountsKnownNoun(FigureContextView v, int last, int noun) =>
        v.NounAt(noun) is { IsCase: true } ? v.TriggerCategoryAt(noun + 1) is not null
        : !v.IsWord(noun) || !v.SameSentence(noun, last) || v.NounAt(noun) is not null || v.MisspeltNounAt(noun) is not null
          || v.IsNounGapWord(noun) || v.TriggerCategoryAt(noun) is not null || v.GroupModifierAt(noun) is not null;

    /// <summary>A trigger or category word in the sentence near the number, or a counted noun that names a category or an incident.</summary>
    private static bool HasCategoryCue(FigureContextView v, int first, int last, int noun)
    {
        if (v.NounAt(noun) is { IsIncident: true } || v.MisspeltNounAt(noun) is { Category: not null } or { IsIncident: true }) return true;
        for (var i = first - 1; i >= 0 && first - i <= TriggerReach && v.SameSentence(i, first); i--)
            if (v.TriggerCategoryAt(i) is not null) return true;
        for (var i = last + 1; i < v.Count && i - last <= AfterReach && v.SameSentence(i, last); i++)
            if (v.TriggerCategoryAt(i) is not null) return true;
        return false;
    }

    private static void TriggerFeatures(FigureContextView v, int first, int last, List<ulong> f)
    {
        var before = 0;
        for (var i = first - 1; i >= 0 && first - i <= TriggerReach && v.SameSentence(i, first); i--)
        {
            if (v.TriggerCategoryAt(i) is not { } category) continue;
            var distance = Bucket(first - i);
            f.Add(FeatureHash.Of("tb", category, distance));
            if (before == 0)
            {
                f.Add(FeatureHash.Of("tb1", category));
                f.Add(FeatureHash.Of("tb1d", category, distance));
                f.Add(FeatureHash.Of("tb1w", v.StemAt(i)));
            }
            if (++before == 2) break;
        }
        if (before == 0) f.Add(FeatureHash.Of("tb1", "none"));
        var after = 0;
        for (var i = last + 1; i < v.Count && i - last <= AfterReach && v.SameSentence(i, last); i++)
        {
            if (v.TriggerCategoryAt(i) is not { } category) continue;
            f.Add(FeatureHash.Of("ta1", category));
            f.Add(FeatureHash.Of("ta1d", category, Bucket(i - last)));
            f.Add(FeatureHash.Of("ta1w", v.StemAt(i)));
            after++;
            break;
        }
        if (after == 0) f.Add(FeatureHash.Of("ta1", "none"));
    }

    /// <summary>"مقتل 40 عنصرا، بينهم 18 على الأقل", "وإصابة 60 آخرين": a count often shares the category of the rule figure before it.</summary>
    private static void PreviousFigureFeatures(FigureContextView v, FigureCandidate candidate, int first, int last, List<ulong> f)
    {
        var previous = v.FigureBefore(candidate.Number.Span, first);
        if (previous is null)
        {
            f.Add(FeatureHash.Of("pf", "none"));
            return;
        }
        var category = previous.Category.ToString();
        var distance = Bucket(first - v.WordsOf(previous.Span).Last);
        f.Add(FeatureHash.Of("pf", category));
        f.Add(FeatureHash.Of("pfd", category, distance));
        f.Add(FeatureHash.Of("pf-r1", category, v.StemAt(last + 1)));
        f.Add(FeatureHash.Of("pf-l1", category, v.StemAt(first - 1)));
    }

    internal static string Bucket(int distance) => distance switch
    {
        <= 1 => "1",
        2 => "2",
        <= 4 => "3-4",
        <= 8 => "5-8",
        _ => "9+",
    };

    private static string SizeOf(NumberMention number) => number.Value switch
    {
        null => "vague",
        >= 1900 and <= 2100 when number.Form == NumberForm.Digits => "year-like",
        < 2 => "1",
        < 10 => "2-9",
        < 100 => "10-99",
        < 1000 => "100-999",
        _ => "1000+",
    };
}
