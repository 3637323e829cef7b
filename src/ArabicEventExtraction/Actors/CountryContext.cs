namespace ArabicEventExtraction.Actors;

/// <summary>
/// Which countries a document and each of its sentences are about, from cue words (اليمن, صنعاء,
/// الحوثي → YE). Resolves contextual codes: the sentence's own cues first, then the document's.
/// </summary>
internal sealed class CountryContext
{
    private readonly Dictionary<string, int> _documentCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HashSet<string>> _bySentence = [];

    public static CountryContext Build(WordSequence words, PhraseMatcher<string> cues)
    {
        var context = new CountryContext();
        for (var i = 0; i < words.Count; i++)
        {
            if (cues.MatchAt(words, i) is not { } match) continue;
            var country = match.Value;
            context._documentCounts[country] = context._documentCounts.GetValueOrDefault(country) + 1;
            var sentence = words[i].Sentence;
            if (!context._bySentence.TryGetValue(sentence, out var set)) context._bySentence[sentence] = set = new(StringComparer.Ordinal);
            set.Add(country);
            i = match.End - 1;
        }
        return context;
    }

    public int CountOf(string country) => _documentCounts.GetValueOrDefault(country);

    /// <summary>The code for the country this sentence or document is about, the fallback, or null.</summary>
    public string? Resolve(ContextualCode contextual, int sentence)
    {
        string? best = null;
        var bestCount = 0;
        if (_bySentence.TryGetValue(sentence, out var here))
        {
            foreach (var (country, code) in contextual.ByCountry)
                if (here.Contains(country) && (best is null || CountOf(country) > bestCount))
                    (best, bestCount) = (code, CountOf(country));
            if (best is not null) return best;
        }
        foreach (var (country, code) in contextual.ByCountry)
            if (CountOf(country) > bestCount) (best, bestCount) = (code, CountOf(country));
        return best ?? contextual.Fallback;
    }
}
