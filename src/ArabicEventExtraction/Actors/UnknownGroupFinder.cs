using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Actors;

/// <summary>
/// Groups outside the dictionary, named after a head word: "جماعة بوكو حرام", "جيش الإسلام",
/// "وكالة سبأ". The name is the head and up to three words that read as one name: a construct
/// chain ending at its first definite word ("جماعة أنصار بيت المقدس"), or a definite noun with its
/// nisba adjective ("حركة الشباب المجاهدين").
/// The code is null and the name is the text as written.
/// </summary>
internal sealed class UnknownGroupFinder(ActorLexicon lexicon)
{
    private const int MaxNameWords = 3;

    public void Find(NormalizedText text, WordSequence words, bool[] covered, List<ActorCandidate> into)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (covered[i] || lexicon.GroupHeads.MatchAt(words, i) is not { } head) continue;
            var nameStart = head.End;
            if (!IsNameWord(words, covered, nameStart)) continue;
            var end = nameStart + 1;
            while (end - nameStart < MaxNameWords && IsNameWord(words, covered, end) && ContinuesName(words.TextOf(end - 1), words.TextOf(end)))
            {
                end++;
                if (WordShape.IsDefinite(words.TextOf(end - 1)) && !WordShape.IsDefinite(words.TextOf(end - 2))) break;
            }
            into.Add(new ActorCandidate(i, end, head.Prefix, null, NameAsWritten(text, words, i, head.Prefix, end), head.Value.Role));
            for (var k = i; k < end; k++) covered[k] = true;
            i = end - 1;
        }
    }

    /// <summary>The words as written, without the quotes or brackets around them: جماعة "بوكو حرام" → جماعة بوكو حرام.</summary>
    private static string NameAsWritten(NormalizedText text, WordSequence words, int first, int prefix, int end) =>
        string.Join(' ', Enumerable.Range(first, end - first).Select(k =>
            text.ToOriginal(words[k].Start + (k == first ? prefix : 0), words[k].End).Of(text.Original)));

    private bool IsNameWord(WordSequence words, bool[] covered, int j)
    {
        if (j >= words.Count || words[j].BreakBefore || covered[j]) return false;
        var word = words.TextOf(j);
        return word.Length >= 2 && !char.IsDigit(word[0]) && !lexicon.GroupNameStopwords.ContainsWithClitics(word);
    }

    private static bool ContinuesName(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var firstDefinite = WordShape.IsDefinite(first);
        var secondDefinite = WordShape.IsDefinite(second);
        if (!firstDefinite) return true;
        return secondDefinite && WordShape.IsNisba(second);
    }
}
