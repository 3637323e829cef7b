using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// Turns a sentence into hashed sparse features per token: normalized word, light stem, affixes,
/// shape, digits, neighbouring words and stems, word bigrams and lexicon membership.
/// </summary>
public sealed class FeatureExtractor(FeatureSettings settings, IReadOnlyList<IEntityLexicon>? lexicons = null)
{
    private const string Boundary = "<s>";

    /// <summary>The word and stem features come first in each token's list (see DropWordIdentity in the trainer).</summary>
    public const int IdentityFeatureCount = 2;
    private readonly IReadOnlyList<IEntityLexicon> _lexicons = lexicons ?? [];

    public FeatureSettings Settings { get; } = settings;

    public ulong[][] Extract(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        var words = new string[n];
        var stems = new string[n];
        for (var i = 0; i < n; i++)
        {
            words[i] = ArabicNormalizer.Fold(tokens[i]).ToLowerInvariant();
            stems[i] = LightStemmer.Default.Stem(words[i]);
        }
        var lexical = LexiconFeatures(words);
        var result = new ulong[n][];
        var features = new List<ulong>(64);
        for (var i = 0; i < n; i++)
        {
            features.Clear();
            AddTokenFeatures(features, words, stems, i);
            if (lexical[i] is { } extra) features.AddRange(extra);
            result[i] = features.ToArray();
        }
        return result;
    }

    private void AddTokenFeatures(List<ulong> f, string[] words, string[] stems, int i)
    {
        var w = words[i];
        var stem = stems[i];
        f.Add(FeatureHash.Of("w", w));
        f.Add(FeatureHash.Of("stem", stem));
        f.Add(FeatureHash.Of("bias", ""));
        f.Add(FeatureHash.Of("shape", WordShape.Of(w)));
        f.Add(FeatureHash.Of("len", Math.Min(w.Length, 12).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (w.Any(char.IsDigit)) f.Add(FeatureHash.Of("digit", w.All(char.IsDigit) ? "all" : "some"));
        for (var k = 1; k <= Settings.MaxAffixLength; k++)
        {
            if (w.Length > k)
            {
                f.Add(FeatureHash.Of("pre" + k, w[..k]));
                f.Add(FeatureHash.Of("suf" + k, w[^k..]));
            }
            if (stem.Length > k && stem != w)
            {
                f.Add(FeatureHash.Of("stempre" + k, stem[..k]));
                f.Add(FeatureHash.Of("stemsuf" + k, stem[^k..]));
            }
        }
        for (var d = 1; d <= Settings.Window; d++)
        {
            f.Add(FeatureHash.Of("w-" + d, At(words, i - d)));
            f.Add(FeatureHash.Of("w+" + d, At(words, i + d)));
        }
        f.Add(FeatureHash.Of("stem-1", At(stems, i - 1)));
        f.Add(FeatureHash.Of("stem+1", At(stems, i + 1)));
        f.Add(FeatureHash.Of("w-1w", At(words, i - 1), w));
        f.Add(FeatureHash.Of("ww+1", w, At(words, i + 1)));
        for (var k = 1; k <= Settings.MaxAffixLength; k++)
        {
            f.Add(FeatureHash.Of("pre-1:" + k, Prefix(At(words, i - 1), k)));
            f.Add(FeatureHash.Of("suf-1:" + k, Suffix(At(words, i - 1), k)));
            f.Add(FeatureHash.Of("pre+1:" + k, Prefix(At(words, i + 1), k)));
            f.Add(FeatureHash.Of("suf+1:" + k, Suffix(At(words, i + 1), k)));
        }
        if (i == 0) f.Add(FeatureHash.Of("first", ""));
        f.Add(FeatureHash.Of("w-1pre2", At(words, i - 1), Prefix(w, 2)));
        f.Add(FeatureHash.Of("w-1shape", At(words, i - 1), WordShape.Of(w)));
        f.Add(FeatureHash.Of("w-2w-1", At(words, i - 2), At(words, i - 1)));
        f.Add(FeatureHash.Of("w+1w+2", At(words, i + 1), At(words, i + 2)));
        AddInnerGrams(f, stem);
    }

    /// <summary>"B-LOC"/"I-LOC" per lexicon match on the token itself, and the matches of its two neighbours.</summary>
    private List<ulong>?[] LexiconFeatures(string[] words)
    {
        var result = new List<ulong>?[words.Length];
        foreach (var lexicon in _lexicons)
        {
            var marks = new List<string>?[words.Length];
            foreach (var match in lexicon.Match(words))
            {
                for (var i = Math.Max(0, match.Start); i < Math.Min(words.Length, match.End); i++)
                    (marks[i] ??= []).Add((i == match.Start ? "B-" : "I-") + match.Label);
            }
            for (var i = 0; i < words.Length; i++)
            {
                foreach (var (offset, template) in new[] { (0, "lex"), (-1, "lex-1"), (1, "lex+1") })
                {
                    var j = i + offset;
                    if (j < 0 || j >= words.Length || marks[j] is not { } found) continue;
                    foreach (var mark in found) (result[i] ??= []).Add(FeatureHash.Of(template, lexicon.Name, mark));
                }
            }
        }
        return result;
    }

    /// <summary>Character 3-grams of the stem with boundary marks: the spelling patterns of transliterated names.</summary>
    private static void AddInnerGrams(List<ulong> f, string stem)
    {
        if (stem.Length < 3) return;
        var marked = "^" + stem + "$";
        for (var k = 0; k + 3 <= marked.Length; k++) f.Add(FeatureHash.Of("c3", marked.Substring(k, 3)));
    }

    private static string Prefix(string s, int k) => s.Length > k ? s[..k] : s;

    private static string At(string[] items, int i) => i >= 0 && i < items.Length ? items[i] : Boundary;

    private static string Suffix(string s, int k) => s.Length > k ? s[^k..] : s;
}
