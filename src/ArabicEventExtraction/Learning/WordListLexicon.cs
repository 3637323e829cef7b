using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// A lexicon of (possibly multi-word) names with a label each, matched over folded tokens; the first
/// token may carry a proclitic (و ف ب ل ك, and لل for ل + ال) that the ANERcorp tokens keep attached.
/// </summary>
public sealed class WordListLexicon : IEntityLexicon
{
    private static readonly string[] Proclitics = ["وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];
    private readonly Dictionary<string, string> _entries = new(StringComparer.Ordinal);
    private readonly int _longest;

    /// <param name="entries">(name, label) pairs; names are folded here.</param>
    public WordListLexicon(string name, IEnumerable<(string Name, string Label)> entries)
    {
        Name = name;
        foreach (var (entry, label) in entries)
        {
            var words = ArabicNormalizer.Fold(entry).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            _entries.TryAdd(string.Join(' ', words), label);
            _longest = Math.Max(_longest, words.Length);
        }
    }

    public string Name { get; }

    public int Count => _entries.Count;

    public IEnumerable<LexiconMatch> Match(IReadOnlyList<string> foldedTokens)
    {
        var matches = new List<LexiconMatch>();
        for (var start = 0; start < foldedTokens.Count; start++)
        {
            for (var length = Math.Min(_longest, foldedTokens.Count - start); length >= 1; length--)
            {
                var rest = length == 1 ? "" : " " + string.Join(' ', Enumerable.Range(start + 1, length - 1).Select(i => foldedTokens[i]));
                if (FindLabel(foldedTokens[start], rest) is not { } label) continue;
                matches.Add(new LexiconMatch(start, start + length, label));
                break;
            }
        }
        return matches;
    }

    private string? FindLabel(string first, string rest)
    {
        if (_entries.TryGetValue(first + rest, out var label)) return label;
        foreach (var clitic in Proclitics)
        {
            if (first.Length - clitic.Length < 2 || !first.StartsWith(clitic, StringComparison.Ordinal)) continue;
            var stripped = first[clitic.Length..];
            if (_entries.TryGetValue(stripped + rest, out label)) return label;
            if (stripped.StartsWith('ل') && _entries.TryGetValue("ا" + stripped + rest, out label)) return label;
        }
        return null;
    }
}
