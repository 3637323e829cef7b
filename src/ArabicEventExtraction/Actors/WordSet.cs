namespace ArabicEventExtraction.Actors;

/// <summary>A set of folded single words, looked up without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public int Count => _words.Count;

    public void Add(string folded) => _words.Add(folded);

    public bool Contains(ReadOnlySpan<char> word) =>
        _words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when the word, read with or without its proclitics, is in the set.</summary>
    public bool ContainsWithClitics(ReadOnlySpan<char> word)
    {
        Span<CliticReading> readings = stackalloc CliticReading[CliticVariants.MaxVariants];
        Span<char> buffer = stackalloc char[CliticVariants.MaxWordLength + 1];
        var count = CliticVariants.Fill(word, readings);
        for (var v = 0; v < count; v++)
            if (Contains(readings[v].Apply(word, buffer))) return true;
        return false;
    }
}
