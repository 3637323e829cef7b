using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Search.Analysis;

/// <summary>
/// A light stemmer for folded Arabic words in the manner of Larkey's light10: looks the word up in
/// the lemma map, else strips at most one proclitic and one suffix, each only when the stem left is
/// long enough and the word is not protected (وثقت keeps its و, آلاف is the plural of ألف).
/// </summary>
public sealed class LightStemmer
{
    private readonly IReadOnlyList<Affix> _prefixes;
    private readonly IReadOnlyList<Affix> _suffixes;
    private readonly HashSet<string> _protectedWords;
    private readonly IReadOnlyList<string> _protectedStarts;
    private readonly LemmaMap _lemmas;

    public LightStemmer(IEnumerable<Affix> prefixes, IEnumerable<Affix> suffixes, IEnumerable<string> protectedWords, LemmaMap lemmas)
    {
        _prefixes = prefixes.OrderByDescending(a => a.Text.Length).ToList();
        _suffixes = suffixes.OrderByDescending(a => a.Text.Length).ToList();
        var words = protectedWords.Select(w => w.Trim()).ToList();
        _protectedWords = words.Where(w => !w.EndsWith('*')).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _protectedStarts = words.Where(w => w.EndsWith('*')).Select(w => ArabicNormalizer.Fold(w.TrimEnd('*'))).ToList();
        _lemmas = lemmas;
    }

    public static LightStemmer Default { get; } = Load();

    private static LightStemmer Load() => new(
        ReadAffixes("Search/prefixes.tsv"),
        ReadAffixes("Search/suffixes.tsv"),
        ResourceFile.ReadLines("Search/protected.txt"),
        LemmaMap.Load());

    private static IEnumerable<Affix> ReadAffixes(string resource) =>
        ResourceFile.ReadTable(resource).Select(r => new Affix(ArabicNormalizer.Fold(r[0].Trim()), int.Parse(r[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The stem of a folded word (the output of <see cref="ArabicNormalizer.Fold(string)"/>).</summary>
    public string Stem(string word)
    {
        if (Resolved(word) is { } direct) return direct;
        var rest = word;
        foreach (var p in _prefixes)
        {
            if (word.Length - p.Text.Length < p.MinStem || !word.StartsWith(p.Text, StringComparison.Ordinal)) continue;
            var candidate = word[p.Text.Length..];
            // A form known under another proclitic (والآلاف) wins over the longest strip (وال + اف).
            if (_lemmas.TryGet(candidate, out var lemma)) return StemLemma(lemma);
            if (rest.Length == word.Length) rest = candidate;
        }
        if (!ReferenceEquals(rest, word) && Resolved(rest) is { } afterPrefix) return afterPrefix;
        foreach (var s in _suffixes)
        {
            if (rest.Length - s.Text.Length < s.MinStem || !rest.EndsWith(s.Text, StringComparison.Ordinal)) continue;
            var stem = rest[..^s.Text.Length];
            return _lemmas.TryGet(stem, out var lemma) ? StemLemma(lemma) : stem;
        }
        return rest;
    }

    /// <summary>
    /// A folded word beginning with one proclitic stripped, for prefix queries (الطف* finds طفل):
    /// the rest of the word is unknown, so neither the lemma map nor suffixes apply.
    /// </summary>
    public string StripProclitic(string word)
    {
        if (IsProtected(word)) return word;
        foreach (var p in _prefixes)
            if (word.Length - p.Text.Length >= p.MinStem && word.StartsWith(p.Text, StringComparison.Ordinal))
                return word[p.Text.Length..];
        return word;
    }

    /// <summary>The stem when the word is a known form or protected as a whole, else null.</summary>
    private string? Resolved(string word)
    {
        if (_lemmas.TryGet(word, out var lemma)) return StemLemma(lemma);
        return IsProtected(word) ? word : null;
    }

    private bool IsProtected(string word)
    {
        if (_protectedWords.Contains(word)) return true;
        foreach (var start in _protectedStarts)
            if (word.StartsWith(start, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Lemmas go through suffix stripping only, so أطفال and طفلين meet at طفل.</summary>
    private string StemLemma(string lemma)
    {
        if (IsProtected(lemma)) return lemma;
        foreach (var s in _suffixes)
            if (lemma.Length - s.Text.Length >= s.MinStem && lemma.EndsWith(s.Text, StringComparison.Ordinal))
                return lemma[..^s.Text.Length];
        return lemma;
    }
}
