using System.Globalization;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// Hashed features of a number's context for the figure classifier: the words around it by
/// position and as a bag, their stems, the number's form and size, and what the rules made of it.
/// </summary>
public static class FigureFeatureExtractor
{
    private const int Near = 4;
    private const int Far = 10;

    public static ulong[][] Extract(AnalyzedDocument document, IReadOnlyList<FigureCandidate> candidates)
    {
        var text = document.Normalized.Text;
        var tokens = WordTokenizer.Tokenize(text);
        var words = tokens.Select(t => t.Of(text).ToLowerInvariant()).ToArray();
        return candidates.Select(c => Features(document, tokens, words, c)).ToArray();
    }

    private static ulong[] Features(AnalyzedDocument document, List<TextSpan> tokens, string[] words, FigureCandidate candidate)
    {
        var start = document.Normalized.FromOriginal(candidate.Number.Span.Start);
        var end = document.Normalized.FromOriginal(candidate.Number.Span.End);
        var first = tokens.FindIndex(t => t.End > start);
        if (first < 0) first = tokens.Count;
        var last = tokens.FindLastIndex(t => t.Start < end);
        if (last < first) last = first - 1;
        var f = new List<ulong>
        {
            FeatureHash.Of("bias", ""),
            FeatureHash.Of("rule", candidate.RuleLabel),
            FeatureHash.Of("rulecat", FigureLabels.CategoryOf(candidate.RuleLabel)),
            FeatureHash.Of("form", candidate.Number.Form.ToString()),
            FeatureHash.Of("size", SizeOf(candidate.Number)),
        };
        for (var d = 1; d <= Near; d++)
        {
            var left = At(words, first - d);
            var right = At(words, last + d);
            f.Add(FeatureHash.Of("l" + d, left));
            f.Add(FeatureHash.Of("r" + d, right));
            f.Add(FeatureHash.Of("ls" + d, LightStemmer.Default.Stem(left)));
            f.Add(FeatureHash.Of("rs" + d, LightStemmer.Default.Stem(right)));
            f.Add(FeatureHash.Of("rule-r" + d, candidate.RuleLabel, right));
        }
        f.Add(FeatureHash.Of("l2l1", At(words, first - 2), At(words, first - 1)));
        f.Add(FeatureHash.Of("r1r2", At(words, last + 1), At(words, last + 2)));
        for (var d = 1; d <= Far; d++)
        {
            f.Add(FeatureHash.Of("bl", LightStemmer.Default.Stem(At(words, first - d))));
            f.Add(FeatureHash.Of("br", LightStemmer.Default.Stem(At(words, last + d))));
        }
        return f.Distinct().ToArray();
    }

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

    private static string At(string[] words, int i) => i >= 0 && i < words.Length ? words[i] : "<d>";
}
