using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Dates;

/// <summary>
/// Word sequences (in normalized spelling) mapped to values, matched longest first against
/// tokens. The first word may carry proclitics (و ف ب ل ك) that are not part of the phrase.
/// </summary>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new(StringComparer.Ordinal);

    public void Add(string phrase, T value)
    {
        var words = ArabicNormalizer.Fold(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public bool Contains(string word) => _byFirstWord.ContainsKey(word);

    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// <summary>Longest phrase starting at token <paramref name="i"/>; clitics allowed on the first word when <paramref name="allowClitics"/>.</summary>
    public PhraseMatch<T>? Match(IReadOnlyList<DateToken> tokens, int i, bool allowClitics = true)
    {
        if (i >= tokens.Count || !tokens[i].IsWord) return null;
        var word = tokens[i].Text;
        var fromWhole = MatchStem(tokens, i, word, 0);
        if (fromWhole is not null || !allowClitics) return fromWhole;
        foreach (var (stem, prefix) in tokens[i].Stems)
        {
            var m = MatchStem(tokens, i, stem, prefix);
            if (m is not null) return m;
        }
        return null;
    }

    private PhraseMatch<T>? MatchStem(IReadOnlyList<DateToken> tokens, int i, string stem, int prefix)
    {
        if (!_byFirstWord.TryGetValue(stem, out var candidates)) return null;
        foreach (var (words, value) in candidates)
        {
            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                var t = i + k;
                ok = t < tokens.Count && tokens[t].IsWord && !tokens[t].StartsLine && tokens[t].Text == words[k];
            }
            if (ok) return new PhraseMatch<T>(value, i + words.Length, prefix);
        }
        return null;
    }
}
