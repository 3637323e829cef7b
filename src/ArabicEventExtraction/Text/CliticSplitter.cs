namespace ArabicEventExtraction.Text;

/// <summary>
/// Splits an Arabic word into [conjunction و/ف] [preposition ب/ل/ك] [article ال] stem.
/// Guards against cutting real stems: the stem keeps at least <see cref="MinStemLength"/> letters,
/// ف and ك only split before the article, protected words stop splitting where they begin,
/// and a cut never falls inside one original character (a presentation-form ligature).
/// </summary>
internal sealed class CliticSplitter(ProtectedStems protectedStems)
{
    public const int MinStemLength = 3;

    // Most pieces first, so the richest valid reading wins: (conjunction, preposition, article).
    private static readonly (bool Conj, bool Prep, bool Art)[] Readings =
    [
        (true, true, true), (true, false, true), (false, true, true), (true, true, false),
        (false, false, true), (true, false, false), (false, true, false),
    ];

    public static CliticSplitter Default { get; } = new(ProtectedStems.Default);

    /// <summary>Adds the pieces of word [start, end) of the normalized text to <paramref name="pieces"/>.</summary>
    public void Split(NormalizedText text, int start, int end, List<WordPiece> pieces)
    {
        var word = text.Text.AsSpan(start, end - start);
        Span<int> cuts = stackalloc int[3];
        if (!protectedStems.Contains(word))
        {
            foreach (var reading in Readings)
            {
                var count = TryReading(text, start, word, reading, cuts);
                if (count == 0) continue;
                var from = start;
                for (var k = 0; k < count; k++)
                {
                    pieces.Add(new WordPiece(from, start + cuts[k], KindOfPiece(reading, k, count)));
                    from = start + cuts[k];
                }
                pieces.Add(new WordPiece(from, end, TokenKind.Word));
                return;
            }
        }
        pieces.Add(new WordPiece(start, end, TokenKind.Word));
    }

    /// <summary>True when <paramref name="c"/> alone (before digits, "و71") is a proclitic.</summary>
    public static bool IsStandaloneProclitic(char c) => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك';

    /// <summary>Number of cuts for a valid reading (their offsets in <paramref name="cuts"/>), or 0.</summary>
    private int TryReading(NormalizedText text, int start, ReadOnlySpan<char> word, (bool Conj, bool Prep, bool Art) reading, Span<int> cuts)
    {
        var at = 0;
        var count = 0;
        var conjunction = '\0';
        var preposition = '\0';
        if (reading.Conj)
        {
            if (at >= word.Length || word[at] is not ('و' or 'ف')) return 0;
            conjunction = word[at++];
            cuts[count++] = at;
        }
        if (reading.Prep)
        {
            if (at >= word.Length || word[at] is not ('ب' or 'ل' or 'ك')) return 0;
            preposition = word[at++];
            cuts[count++] = at;
        }
        if (reading.Art)
        {
            // After ل the article loses its alef: لل = ل + (ا)ل.
            var article = preposition == 'ل' ? "ل" : "ال";
            if (!word[at..].StartsWith(article, StringComparison.Ordinal)) return 0;
            at += article.Length;
            cuts[count++] = at;
        }
        else if (conjunction == 'ف' || preposition == 'ك')
        {
            return 0;
        }
        if (word.Length - at < MinStemLength) return 0;
        for (var k = 0; k < count; k++)
        {
            var cut = cuts[k];
            if (text.ToOriginal(start + cut) == text.ToOriginal(start + cut - 1)) return 0;
            // A protected remainder may be split off as a whole, but not cut further.
            if (k < count - 1 && protectedStems.Contains(word[cut..])) return 0;
        }
        return count;
    }

    private static TokenKind KindOfPiece((bool Conj, bool Prep, bool Art) reading, int index, int count) =>
        reading.Art && index == count - 1 ? TokenKind.Article : TokenKind.Proclitic;
}
