using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// The words of a document as the figure classifier reads them: normalized tokens, their light
/// stems, sentence numbers (a sentence ends at . ! ? ؟ or a line break) and lexicon lookups.
/// </summary>
internal sealed class FigureContextView
{
    private readonly string _text;
    private readonly List<TextSpan> _tokens;
    private readonly string[] _words;
    private readonly string?[] _stems;
    private readonly int[] _sentence;
    private readonly AnalyzedDocument _document;
    private readonly FigureLexicon _lexicon = FigureLexicon.Default;

    private FigureContextView(AnalyzedDocument document)
    {
        _document = document;
        _text = document.Normalized.Text;
        _tokens = WordTokenizer.Tokenize(_text);
        _words = _tokens.Select(t => t.Of(_text).ToLowerInvariant()).ToArray();
        _stems = new string?[_words.Length];
        _sentence = new int[_words.Length];
        var sentence = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            if (i > 0 && _text.AsSpan(_tokens[i - 1].End, _tokens[i].Start - _tokens[i - 1].End).Contains('\n')) sentence++;
            _sentence[i] = sentence;
            if (_words[i] is "." or "!" or "?" or "؟") sentence++;
        }
        Figures = document.Figures.OrderBy(f => f.Span.Start).ToList();
    }

    public static FigureContextView Of(AnalyzedDocument document) => new(document);

    public int Count => _words.Length;

    /// <summary>The rule figures, in text order.</summary>
    public IReadOnlyList<FigureMention> Figures { get; }

    public string At(int i) => i >= 0 && i < _words.Length ? _words[i] : "<d>";

    public string StemAt(int i) => i >= 0 && i < _words.Length ? _stems[i] ??= LightStemmer.Default.Stem(_words[i]) : "<d>";

    public bool SameSentence(int i, int j) => i >= 0 && j >= 0 && i < _words.Length && j < _words.Length && _sentence[i] == _sentence[j];

    private static readonly Lazy<HashSet<string>> NounGapWords = new(() =>
        ResourceFile.ReadWordSet("Learning/figure_noun_gap_words.txt"));

    private static readonly Lazy<HashSet<string>> NounSkipWords = new(() =>
        ResourceFile.ReadWordSet("Learning/figure_noun_skip_words.txt"));

    /// <summary>A word between a number and the noun it counts ("على الأقل", "من"): Resources/Learning/figure_noun_skip_words.txt.</summary>
    public bool IsNounSkipWord(int i) => i >= 0 && i < _words.Length && NounSkipWords.Value.Contains(_words[i]);

    /// <summary>A word that may stand where a count's noun would ("في", "جراء", "بينهم"), also after و.</summary>
    public bool IsNounGapWord(int i) =>
        i >= 0 && i < _words.Length && (NounGapWords.Value.Contains(_words[i]) || _words[i].Length > 2 && _words[i][0] == 'و' && NounGapWords.Value.Contains(_words[i][1..]));

    /// <summary>The cue role of a word (breakdown, rate, hypothetical, negation, ...), as the rules read it.</summary>
    public string? CueAt(int i) => i >= 0 && i < _words.Length ? _lexicon.Cue(_words[i]) : null;

    public bool InDate(TextSpan span) => _document.Dates.Any(d => d.Span.Contains(span));

    public bool InPlace(TextSpan span) => _document.Places.Any(p => p.Span.Contains(span));

    /// <summary>
    /// The victim noun a word not in the lexicon is one slip away from ("جريجا" → "جريحا", "اشحاص" →
    /// "اشخاص"), looked up without its clitics; null when none is.
    /// </summary>
    public VictimNoun? MisspeltNounAt(int i)
    {
        if (i < 0 || i >= _words.Length || _words[i].Length < 3 || !char.IsLetter(_words[i][0]) || NounAt(i) is not null) return null;
        foreach (var stem in FigureLexicon.Stems(_words[i]))
        {
            if (stem.Length < 3) continue;
            foreach (var variant in LetterConfusions.OneSlipFrom(stem))
                if (_lexicon.IsNounForm(variant)) return _lexicon.Noun(variant);
        }
        return null;
    }

    public VictimNoun? NounAt(int i) => i >= 0 && i < _words.Length ? _lexicon.Noun(_words[i]) : null;

    /// <summary>The category a trigger word ("مقتل", "أصيب") or a category noun ("القتلى", "جرحى") names.</summary>
    public string? TriggerCategoryAt(int i)
    {
        if (i < 0 || i >= _words.Length) return null;
        if (_lexicon.Trigger(_words[i]) is { Category: { } category }) return category.ToString();
        return _lexicon.Noun(_words[i]) is { Category: { } own, IsIncident: false } ? own.ToString() : null;
    }

    /// <summary>The nearest rule figure ending before <paramref name="number"/> (not holding it) in the same sentence.</summary>
    public FigureMention? FigureBefore(TextSpan number, int firstWord)
    {
        FigureMention? previous = null;
        foreach (var figure in Figures)
        {
            if (figure.Span.Start >= number.Start) break;
            if (!figure.Span.Contains(number)) previous = figure;
        }
        return previous is not null && SameSentence(WordsOf(previous.Span).Last, firstWord) ? previous : null;
    }

    public FigureGroup? GroupModifierAt(int i) => i >= 0 && i < _words.Length ? _lexicon.GroupModifier(_words[i]) : null;

    /// <summary>A token of letters or digits, not punctuation.</summary>
    public bool IsWord(int i) => i >= 0 && i < _words.Length && char.IsLetterOrDigit(_words[i][0]);

    /// <summary>The original-text span of tokens [first, last].</summary>
    public TextSpan SpanOf(int first, int last) => _document.Normalized.ToOriginal(_tokens[first].Start, _tokens[last].End);

    /// <summary>The first and last token of an original-text span (first > last when it holds none).</summary>
    public (int First, int Last) WordsOf(TextSpan original)
    {
        var start = _document.Normalized.FromOriginal(original.Start);
        var end = _document.Normalized.FromOriginal(original.End);
        var first = FirstEndingAfter(start);
        var last = first;
        while (last < _tokens.Count && _tokens[last].Start < end) last++;
        return (first, last - 1);
    }

    private int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = _tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
