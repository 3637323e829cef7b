using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Learning;

/// <summary>
/// A lexicon of (possibly multi-word) names with one or more labels each, matched over folded tokens; the first
/// token may carry a proclitic (و ف ب ل ك, and لل for ل + ال) that the ANERcorp tokens keep attached.
/// </summary>
public sealed class WordListLexicon : IEntityLexicon
{
    private static readonly string[] Proclitics =
        ResourceFile.ReadLines("Learning/lexicon_proclitics.txt").Select(l => l.Trim()).OrderByDescending(p => p.Length).ToArray();
    private readonly Dictionary<string, List<string>> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly int _longest;

    /// <param name="entries">(name, label) pairs; names are folded here; a name may have several labels.</param>
    public WordListLexicon(string name, IEnumerable<(string Name, string Label)> entries)
    {
        Name = name;
        foreach (var (entry, label) in entries)
        {
            var words = ArabicNormalizer.Fold(entry).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            var key = string.Join(' ', words);
            if (!_entries.TryGetValue(key, out var labels)) _entries.Add(key, labels = []);
            if (!labels.Contains(label)) labels.Add(label);
            _firstWords.Add(words[0]);
            _longest = Math.Max(_longest, words.Length);
        }
    }

    public string Name { get; }

    /// <summary>Distinct names (after folding).</summary>
    public int Count => _entries.Count;

    public IEnumerable<LexiconMatch> Match(IReadOnlyList<string> foldedTokens)
    {
        var matches = new List<LexiconMatch>();
        var firsts = new List<string>(3);
        for (var start = 0; start < foldedTokens.Count; start++)
        {
            FirstWordReadings(foldedTokens[start], firsts);
            if (firsts.Count == 0) continue;
            for (var length = Math.Min(_longest, foldedTokens.Count - start); length >= 1; length--)
            {
                var rest = length == 1 ? "" : " " + string.Join(' ', foldedTokens.Skip(start + 1).Take(length - 1));
                var labels = firsts.Select(f => _entries.GetValueOrDefault(f + rest)).FirstOrDefault(l => l is not null);
                if (labels is null) continue;
                foreach (var label in labels) matches.Add(new LexiconMatch(start, start + length, label));
                break;
            }
        }
        return matches;
    }

    /// <summary>The token and its readings without a proclitic (لل read as ل + ال) that begin some entry.</summary>
    private void FirstWordReadings(string token, List<string> readings)
    {
        readings.Clear();
        if (_firstWords.Contains(token)) readings.Add(token);
        foreach (var clitic in Proclitics)
        {
            if (token.Length - clitic.Length < 2 || !token.StartsWith(clitic, StringComparison.Ordinal)) continue;
            var stripped = token[clitic.Length..];
            if (_firstWords.Contains(stripped)) readings.Add(stripped);
            if (stripped.StartsWith('ل') && _firstWords.Contains("ا" + stripped)) readings.Add("ا" + stripped);
        }
    }
}
