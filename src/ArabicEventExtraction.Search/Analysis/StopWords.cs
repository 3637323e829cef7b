using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Search.Analysis;

/// <summary>Function words left out of the index and of queries, in folded spelling.</summary>
public sealed class StopWords
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StopWords(IEnumerable<string> words)
    {
        _words = words.Select(w => ArabicNormalizer.Fold(w.Trim())).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static StopWords Default { get; } = new(ResourceFile.ReadLines("Search/stopwords.txt"));

    public bool Contains(ReadOnlySpan<char> folded) => _lookup.Contains(folded);
}
