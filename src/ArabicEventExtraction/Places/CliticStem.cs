namespace ArabicEventExtraction.Places;

/// <summary>
/// A word without its first <see cref="Skip"/> characters; <see cref="AddAlef"/>: read with an
/// alef in front (the article hidden in لل). Flags say which clitics were removed.
/// </summary>
internal readonly record struct CliticStem(int Skip, bool AddAlef, bool HadPreposition, bool HadConjunction)
{
    /// <summary>The stem's text, written into <paramref name="buffer"/> when an alef must be added.</summary>
    public ReadOnlySpan<char> Text(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var rest = word[Skip..];
        if (!AddAlef) return rest;
        buffer[0] = 'ا';
        rest.CopyTo(buffer[1..]);
        return buffer[..(rest.Length + 1)];
    }
}
