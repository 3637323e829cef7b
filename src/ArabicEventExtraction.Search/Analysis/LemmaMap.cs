using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Search.Analysis;

/// <summary>Irregular forms (broken plurals, duals) to the word they inflect: أطفال → طفل, قتلى → قتيل. Keys and values folded.</summary>
public sealed class LemmaMap
{
    private readonly Dictionary<string, string> _lemmas;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LemmaMap(IEnumerable<KeyValuePair<string, string>> entries)
    {
        _lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, lemma) in entries) _lemmas[ArabicNormalizer.Fold(form)] = ArabicNormalizer.Fold(lemma);
        _lookup = _lemmas.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static LemmaMap Load() => new(
        ResourceFile.ReadTable("Search/lemmas.tsv")
            .Where(r => r.Length >= 2)
            .Select(r => KeyValuePair.Create(r[0].Trim(), r[1].Trim())));

    public int Count => _lemmas.Count;

    public bool TryGet(ReadOnlySpan<char> folded, out string lemma) => _lookup.TryGetValue(folded, out lemma!);
}
