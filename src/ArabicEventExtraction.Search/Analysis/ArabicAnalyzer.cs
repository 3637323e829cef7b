using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Search.Analysis;

/// <summary>
/// Turns text into index terms, the same way for documents and queries: fold with the core's
/// normalizer, split into words, drop stop words, stem. Thread-safe.
/// </summary>
public sealed class ArabicAnalyzer(LightStemmer stemmer, StopWords stopWords)
{
    private const int MaxCachedWords = 500_000;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    public static ArabicAnalyzer Default { get; } = new(LightStemmer.Default, StopWords.Default);

    /// <summary>Terms with the span of their word in <paramref name="original"/>, for highlighting.</summary>
    public IReadOnlyList<AnalyzedToken> Tokens(string original)
    {
        var normalized = ArabicNormalizer.Normalize(original);
        var tokens = new List<AnalyzedToken>();
        var text = normalized.Text.AsSpan();
        var at = 0;
        while (WordScanner.Next(text, at, out var start, out var end))
        {
            at = end;
            if (TermOf(text[start..end]) is not { } term) continue;
            var span = normalized.ToOriginal(start, end);
            tokens.Add(new AnalyzedToken(term, span.Start, span.End));
        }
        return tokens;
    }

    /// <summary>The index form of a word typed as a prefix (القتل* → قتل...): folded, one proclitic stripped, no suffix.</summary>
    public string? PrefixTerm(string word)
    {
        var folded = ArabicNormalizer.Fold(word);
        if (!WordScanner.Next(folded, 0, out var start, out var end)) return null;
        return stemmer.StripProclitic(folded[start..end]);
    }

    /// <summary>The terms of a text, in order.</summary>
    public IReadOnlyList<string> Terms(string original)
    {
        var terms = new List<string>();
        Analyze(original, terms.Add);
        return terms;
    }

    /// <summary>The terms of a text joined by spaces: what the full-text index stores.</summary>
    public string IndexText(string original)
    {
        var sb = new StringBuilder(original.Length);
        Analyze(original, term =>
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(term);
        });
        return sb.ToString();
    }

    /// <summary>The term of one word, or null for a stop word or a word too long to be one.</summary>
    public string? TermOf(ReadOnlySpan<char> foldedWord)
    {
        if (foldedWord.Length == 0 || foldedWord.Length > WordScanner.MaxWordLength || stopWords.Contains(foldedWord)) return null;
        if (char.IsDigit(foldedWord[0])) return foldedWord.ToString();
        var lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(foldedWord, out var cached)) return cached;
        // The full-text index folds ASCII case; highlighting must agree with it.
        var word = foldedWord.ContainsAnyInRange('A', 'Z') ? foldedWord.ToString().ToLowerInvariant() : foldedWord.ToString();
        var stem = stemmer.Stem(word);
        if (_stems.Count >= MaxCachedWords) _stems.Clear();
        _stems.TryAdd(word, stem);
        return stem;
    }

    // Folds into a pooled buffer without building the offset map Tokens needs; the index only wants terms.
    private void Analyze(string original, Action<string> emit)
    {
        if (HasPresentationForms(original))
        {
            Scan(ArabicNormalizer.Normalize(original).Text, emit);
            return;
        }
        var buffer = ArrayPool<char>.Shared.Rent(original.Length);
        try
        {
            var n = 0;
            foreach (var c in original)
            {
                var f = ArabicNormalizer.Fold(c);
                if (f != '\0') buffer[n++] = f;
            }
            Scan(buffer.AsSpan(0, n), emit);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Scan(ReadOnlySpan<char> folded, Action<string> emit)
    {
        var at = 0;
        while (WordScanner.Next(folded, at, out var start, out var end))
        {
            at = end;
            if (TermOf(folded[start..end]) is { } term) emit(term);
        }
    }

    private static bool HasPresentationForms(string s) =>
        s.AsSpan().IndexOfAnyInRange('\uFB50', '\uFDFF') >= 0 || s.AsSpan().IndexOfAnyInRange('\uFE70', '\uFEFF') >= 0;
}
