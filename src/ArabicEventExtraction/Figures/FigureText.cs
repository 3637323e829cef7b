using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Figures;

/// <summary>
/// The scanned words of a document with its numbers laid over them: the view the figure rules read.
/// </summary>
internal sealed class FigureText
{
    public FigureText(NormalizedText normalized, IReadOnlyList<NumberMention> numbers, FigureLexicon lexicon)
    {
        Normalized = normalized;
        Lexicon = lexicon;
        Words = WordScanner.Scan(normalized);
        NumberAt = new NumberMention?[Words.Count];
        NumberFirstWord = new Dictionary<NumberMention, (int First, int Last)>(ReferenceEqualityComparer.Instance);
        foreach (var number in numbers)
        {
            var nStart = normalized.FromOriginal(number.Span.Start);
            var nEnd = normalized.FromOriginal(number.Span.End);
            int first = -1, last = -1;
            for (var w = FirstWordAtOrAfter(nStart); w < Words.Count && Words[w].Start < nEnd; w++)
            {
                if (first < 0) first = w;
                last = w;
                NumberAt[w] = number;
            }
            if (first < 0)
            {
                // The number starts inside a word (a clitic: "و71", "ب3"): take that word.
                var w = FirstWordAtOrAfter(nStart) - 1;
                if (w >= 0 && Words[w].End > nStart) { first = last = w; NumberAt[w] = number; }
            }
            if (first >= 0) NumberFirstWord[number] = (first, last);
        }
    }

    public NormalizedText Normalized { get; }
    public FigureLexicon Lexicon { get; }
    public IReadOnlyList<ScannedWord> Words { get; }
    public NumberMention?[] NumberAt { get; }
    public Dictionary<NumberMention, (int First, int Last)> NumberFirstWord { get; }

    public string WordAt(int i) => i >= 0 && i < Words.Count ? Words[i].Norm : "";

    private VictimNoun?[]? _nouns;
    private Trigger?[]? _triggers;
    private bool[]? _looked;

    /// <summary>The victim noun word <paramref name="i"/> is, looked up once per document.</summary>
    public VictimNoun? NounAt(int i)
    {
        if (i < 0 || i >= Words.Count) return null;
        Lookup(i);
        return _nouns![i];
    }

    /// <summary>The trigger word <paramref name="i"/> is, looked up once per document.</summary>
    public Trigger? TriggerAt(int i)
    {
        if (i < 0 || i >= Words.Count) return null;
        Lookup(i);
        return _triggers![i];
    }

    private void Lookup(int i)
    {
        _looked ??= new bool[Words.Count];
        _nouns ??= new VictimNoun?[Words.Count];
        _triggers ??= new Trigger?[Words.Count];
        if (_looked[i]) return;
        _looked[i] = true;
        if (Words[i].IsPunctuation) return;
        _nouns[i] = Lexicon.Noun(Words[i].Norm);
        _triggers[i] = Lexicon.Trigger(Words[i].Norm);
    }

    public bool IsBoundary(int i) => i < 0 || i >= Words.Count || Words[i].EndsSentence;

    /// <summary>The original-text span of words [first, last].</summary>
    public TextSpan Span(int first, int last) => Normalized.ToOriginal(Words[first].Start, Words[last].End);

    private int FirstWordAtOrAfter(int offset)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
