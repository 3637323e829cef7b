using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// Turns a sentence into hashed sparse features per token: normalized word, light stem, affixes,
/// shape, digits, neighbouring words and stems, word bigrams and lexicon membership.
/// </summary>
public sealed class FeatureExtractor(FeatureSettings settings, IReadOnlyList<IEntityLexicon>? lexicons = null)
{
    private const string Boundary = "<s>";
    private static readonly string[] Lengths = Enumerable.Range(0, 13).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] PrefixTemplates = Templates("pre");
    private static readonly string[] SuffixTemplates = Templates("suf");
    private static readonly string[] StemPrefixTemplates = Templates("stempre");
    private static readonly string[] StemSuffixTemplates = Templates("stemsuf");
    private static readonly string[] LeftTemplates = Templates("w-");
    private static readonly string[] RightTemplates = Templates("w+");

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
            words[i] = FoldWord(tokens[i]);
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
        f.Add(FeatureHash.Of("len", Lengths[Math.Min(w.Length, 12)]));
        if (w.AsSpan().ContainsAnyInRange('0', '9')) f.Add(FeatureHash.Of("digit", IsAllDigits(w) ? "all" : "some"));
        var maxAffix = Math.Min(Settings.MaxAffixLength, PrefixTemplates.Length - 1);
        for (var k = 1; k <= maxAffix; k++)
        {
            if (w.Length > k)
            {
                f.Add(FeatureHash.Of(PrefixTemplates[k], w.AsSpan(0, k)));
                f.Add(FeatureHash.Of(SuffixTemplates[k], w.AsSpan(w.Length - k)));
            }
            if (stem.Length > k && stem != w)
            {
                f.Add(FeatureHash.Of(StemPrefixTemplates[k], stem.AsSpan(0, k)));
                f.Add(FeatureHash.Of(StemSuffixTemplates[k], stem.AsSpan(stem.Length - k)));
            }
        }
        var window = Math.Min(Settings.Window, LeftTemplates.Length - 1);
        for (var d = 1; d <= window; d++)
        {
            f.Add(FeatureHash.Of(LeftTemplates[d], At(words, i - d)));
            f.Add(FeatureHash.Of(RightTemplates[d], At(words, i + d)));
        }
        f.Add(FeatureHash.Of("stem-1", At(stems, i - 1)));
        f.Add(FeatureHash.Of("stem+1", At(stems, i + 1)));
        f.Add(FeatureHash.Of("w-1w", At(words, i - 1), w));
        f.Add(FeatureHash.Of("ww+1", w, At(words, i + 1)));
        f.Add(FeatureHash.Of("suf2-1", Suffix(At(words, i - 1), 2)));
        f.Add(FeatureHash.Of("suf2+1", Suffix(At(words, i + 1), 2)));
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
        for (var k = 0; k + 3 <= marked.Length; k++) f.Add(FeatureHash.Of("c3", marked.AsSpan(k, 3)));
    }

    /// <summary>ArabicNormalizer's folding, lower-cased; the offset map is not needed here.</summary>
    private static string FoldWord(string token)
    {
        foreach (var c in token)
        {
            if (c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
                return ArabicNormalizer.Fold(token).ToLowerInvariant();
        }
        Span<char> buffer = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        var length = 0;
        foreach (var c in token)
        {
            var folded = ArabicNormalizer.Fold(c);
            if (folded != '\0') buffer[length++] = char.ToLowerInvariant(folded);
        }
        return new string(buffer[..length]);
    }

    private static bool IsAllDigits(string w)
    {
        foreach (var c in w) if (!char.IsDigit(c)) return false;
        return true;
    }

    private static string[] Templates(string name) => Enumerable.Range(0, 6).Select(k => name + k).ToArray();

    private static string Prefix(string s, int k) => s.Length > k ? s[..k] : s;

    private static string At(string[] items, int i) => i >= 0 && i < items.Length ? items[i] : Boundary;

    private static string Suffix(string s, int k) => s.Length > k ? s[^k..] : s;
}
