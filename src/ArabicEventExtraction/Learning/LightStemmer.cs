using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Learning;

/// <summary>A Light10-style stemmer over normalized words: strips و, the article forms and common suffixes.</summary>
public sealed class LightStemmer
{
    public static LightStemmer Default { get; } = new(
        ResourceFile.ReadLines("Learning/stem_prefixes.txt").Select(l => ArabicEventExtraction.Text.ArabicNormalizer.Fold(l.Trim())),
        ResourceFile.ReadLines("Learning/stem_suffixes.txt").Select(l => ArabicEventExtraction.Text.ArabicNormalizer.Fold(l.Trim())));

    private readonly string[] _prefixes;
    private readonly string[] _suffixes;

    public LightStemmer(IEnumerable<string> prefixes, IEnumerable<string> suffixes)
    {
        _prefixes = prefixes.OrderByDescending(p => p.Length).ToArray();
        _suffixes = suffixes.ToArray();
    }

    public string Stem(string word)
    {
        var s = word;
        if (s.Length >= 4 && s[0] == 'و') s = s[1..];
        foreach (var prefix in _prefixes)
        {
            if (s.Length - prefix.Length >= 2 && s.StartsWith(prefix, StringComparison.Ordinal))
            {
                s = s[prefix.Length..];
                break;
            }
        }
        foreach (var suffix in _suffixes)
        {
            if (s.Length - suffix.Length >= 2 && s.EndsWith(suffix, StringComparison.Ordinal))
                s = s[..^suffix.Length];
        }
        return s;
    }
}
