namespace ArabicEventExtraction.Places;

/// <summary>
/// The forms a word may take once its proclitics are removed, in the order to try them:
/// the word itself, without و/ف, without a preposition ب/ل/ك, and with لل read as ل + ال
/// ("وبالرقة" → "بالرقة", "الرقة"; "للغوطة" → "الغوطة"). Stems shorter than 3 letters are not tried.
/// </summary>
internal static class CliticForms
{
    public const int Max = 6;

    /// <summary>Fills <paramref name="stems"/> and returns how many there are.</summary>
    public static int Of(ReadOnlySpan<char> word, Span<CliticStem> stems)
    {
        var n = 0;
        stems[n++] = new CliticStem(0, false, false, false);
        AddPrepositionForms(word, 0, false, stems, ref n);
        if (word.Length >= 4 && word[0] is 'و' or 'ف')
        {
            stems[n++] = new CliticStem(1, false, false, true);
            AddPrepositionForms(word, 1, true, stems, ref n);
        }
        return n;
    }

    private static void AddPrepositionForms(ReadOnlySpan<char> word, int skip, bool conj, Span<CliticStem> stems, ref int n)
    {
        var b = word[skip..];
        if (b.Length < 4 || b[0] is not ('ب' or 'ل' or 'ك')) return;
        if (b[0] == 'ل' && b[1] == 'ل' && b.Length >= 5) stems[n++] = new CliticStem(skip + 1, true, true, conj);
        stems[n++] = new CliticStem(skip + 1, false, true, conj);
    }
}
