namespace ArabicEventExtraction.Actors;

/// <summary>
/// The readings of a normalized word with its proclitics removed: the conjunctions و ف, then one of
/// the prepositions ب ك ل ("للنظام" is ل + النظام). The word itself comes first.
/// </summary>
internal static class CliticVariants
{
    public const int MaxVariants = 4;

    /// <summary>Words longer than this are not looked up with clitics (no listed word is that long).</summary>
    public const int MaxWordLength = 64;

    public static int Fill(ReadOnlySpan<char> word, Span<CliticReading> readings)
    {
        var n = 0;
        readings[n++] = new CliticReading(0, false);
        if (word.Length > MaxWordLength) return n;
        var skip = 0;
        if (word.Length > 2 && word[0] is 'و' or 'ف')
        {
            skip = 1;
            readings[n++] = new CliticReading(1, false);
        }
        var rest = word[skip..];
        if (rest.Length <= 2) return n;
        if (rest[0] is 'ب' or 'ك')
            readings[n++] = new CliticReading(skip + 1, false);
        else if (rest[0] == 'ل')
            readings[n++] = new CliticReading(skip + 1, RestoreAlef: rest.Length > 3 && rest[1] == 'ل');
        return n;
    }
}
