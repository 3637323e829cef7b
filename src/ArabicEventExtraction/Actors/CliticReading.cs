namespace ArabicEventExtraction.Actors;

/// <summary>
/// One reading of a word without its proclitics: Skip letters dropped, and for ل before the
/// article ("للنظام") the article's swallowed alef put back.
/// </summary>
internal readonly record struct CliticReading(int Skip, bool RestoreAlef)
{
    /// <summary>The reading's letters; <paramref name="buffer"/> needs room for the word plus one.</summary>
    public ReadOnlySpan<char> Apply(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (!RestoreAlef) return word[Skip..];
        buffer[0] = 'ا';
        word[Skip..].CopyTo(buffer[1..]);
        return buffer[..(word.Length - Skip + 1)];
    }
}
