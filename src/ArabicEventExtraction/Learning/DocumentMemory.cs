using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// Features for the tagger's second pass: the first pass's tags of the token and its neighbours, and
/// the entity labels the first pass gave the same word (by light stem) in nearby sentences of the
/// document, so a name recognised once ("الرئيس الأمريكي جورج بوش") is recognised again ("بوش").
/// </summary>
public static class DocumentMemory
{
    private const int MinKeyLength = 3;

    /// <param name="window">Sentences before and after a sentence that count as its document.</param>
    public static ulong[][][] Stack(IReadOnlyList<IReadOnlyList<string>> sentences, ulong[][][] baseFeatures, int[][] firstPass, IReadOnlyList<string> labels, int window)
    {
        var keys = sentences.Select(s => s.Select(Key).ToArray()).ToArray();
        var entityWords = new List<(string Key, int Position, string Label)>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            entityWords[s] = [];
            for (var i = 0; i < keys[s].Length; i++)
            {
                if (keys[s][i] is { } key && BioTags.LabelOf(labels[firstPass[s][i]]) is { } label)
                    entityWords[s].Add((key, i, label));
            }
        }
        var result = new ulong[sentences.Count][][];
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = new ulong[keys[s].Length][];
            for (var i = 0; i < keys[s].Length; i++)
            {
                var features = new List<ulong>(baseFeatures[s][i]);
                features.Add(FeatureHash.Of("p1", labels[firstPass[s][i]]));
                features.Add(FeatureHash.Of("p1-1", i > 0 ? labels[firstPass[s][i - 1]] : "<s>"));
                features.Add(FeatureHash.Of("p1+1", i + 1 < keys[s].Length ? labels[firstPass[s][i + 1]] : "<s>"));
                if (keys[s][i] is { } key)
                {
                    found.Clear();
                    for (var t = Math.Max(0, s - window); t <= Math.Min(sentences.Count - 1, s + window); t++)
                        foreach (var (otherKey, position, label) in entityWords[t])
                            if (otherKey == key && (t != s || position != i)) found.Add(label);
                    foreach (var label in found) features.Add(FeatureHash.Of("mem", label));
                    if (found.Count > 0) features.Add(FeatureHash.Of("mem-p1", string.Join('+', found), labels[firstPass[s][i]]));
                }
                result[s][i] = features.ToArray();
            }
        }
        return result;
    }

    private static string? Key(string token)
    {
        var stem = LightStemmer.Default.Stem(ArabicNormalizer.Fold(token).ToLowerInvariant());
        return stem.Length >= MinKeyLength && stem.Any(char.IsLetter) ? stem : null;
    }
}
