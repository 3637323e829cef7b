namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// The features the group layer reads: the counted noun (its stem, character 3-grams and lexicon
/// group), the group words after it ("من المدنيين"), the words right before the number, and the
/// group of the figure before it ("بينهم 18 على الأقل", "60 آخرين" count like it).
/// </summary>
internal static class FigureGroupFeatures
{
    private const int ModifierReach = 6;

    public static ulong[] Of(FigureContextView v, FigureCandidate candidate, int first, int last, int noun)
    {
        var f = new List<ulong>(48) { FeatureHash.Of("g-bias", "") };
        AddNoun(v, noun, f);
        for (var d = 1; d <= 3; d++) f.Add(FeatureHash.Of("g-r" + d, v.StemAt(last + d)));
        f.Add(FeatureHash.Of("g-l1", v.StemAt(first - 1)));
        f.Add(FeatureHash.Of("g-l2", v.StemAt(first - 2)));
        for (var i = noun + 1; i <= noun + ModifierReach && v.SameSentence(i, noun); i++)
        {
            if (v.GroupModifierAt(i) is { } modifier) { f.Add(FeatureHash.Of("g-mod", modifier.ToString())); break; }
        }
        if (v.FigureBefore(candidate.Number.Span, first) is { } previous)
        {
            var group = previous.Group.ToString();
            f.Add(FeatureHash.Of("g-prev", group));
            f.Add(FeatureHash.Of("g-prev-d", group, FigureFeatureExtractor.Bucket(first - v.WordsOf(previous.Span).Last)));
            f.Add(FeatureHash.Of("g-prev-l1", group, v.StemAt(first - 1)));
            f.Add(FeatureHash.Of("g-prev-noun", group, v.NounAt(noun)?.Group.ToString() ?? "unknown"));
        }
        else f.Add(FeatureHash.Of("g-prev", "none"));
        return f.Distinct().ToArray();
    }

    /// <summary>The counted noun's stem, character 3-grams and what the lexicon says of it.</summary>
    public static void AddNoun(FigureContextView v, int noun, List<ulong> f)
    {
        var stem = v.StemAt(noun);
        f.Add(FeatureHash.Of("noun", stem));
        foreach (var gram in CharacterGrams(stem)) f.Add(FeatureHash.Of("noun3", gram));
        if (v.NounAt(noun) is { } lexical)
        {
            f.Add(FeatureHash.Of("noun-group", lexical.Group.ToString()));
            f.Add(FeatureHash.Of("noun-cat", lexical.Category?.ToString() ?? "-"));
            f.Add(FeatureHash.Of("noun-kind", lexical.IsIncident ? "incident" : lexical.IsOther ? "other" : lexical.IsCase ? "case" : lexical.IsGeneric ? "generic" : "specific"));
        }
        else if (v.MisspeltNounAt(noun) is { } misspelt)
        {
            f.Add(FeatureHash.Of("slip-group", misspelt.Group.ToString()));
            f.Add(FeatureHash.Of("slip-cat", misspelt.Category?.ToString() ?? "-"));
        }
        else f.Add(FeatureHash.Of("noun-group", "unknown"));
        if (v.NounAt(noun + 1) is { } next) f.Add(FeatureHash.Of("noun+1-group", next.Group.ToString()));
    }

    /// <summary>"^جر", "جري", "ريح", "يح$": what a misspelt noun still shares with the right one.</summary>
    private static IEnumerable<string> CharacterGrams(string stem)
    {
        if (stem.Length == 0 || !char.IsLetter(stem[0])) yield break;
        var padded = "^" + stem + "$";
        for (var i = 0; i + 3 <= padded.Length; i++) yield return padded.Substring(i, 3);
    }
}
