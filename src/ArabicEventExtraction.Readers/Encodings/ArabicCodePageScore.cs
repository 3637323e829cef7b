namespace ArabicEventExtraction.Readers.Encodings;

/// <summary>
/// How plausible a single-byte decoding is as Arabic text: Arabic letters and the article "ال" count
/// for it; Latin-1 letters and symbols, control characters, diacritics not on a letter and Arabic
/// letters glued to Latin ones count against it (Windows-1256 read as ISO-8859-6 gives stray
/// diacritics, the reverse gives "çèéê", Latin-1 French read as ISO-8859-6 gives "comitى").
/// </summary>
public static class ArabicCodePageScore
{
    public static double Of(string text)
    {
        long arabicLetters = 0, suspicious = 0, articles = 0, nonAscii = 0;
        var previous = ' ';
        foreach (var c in text)
        {
            if (c >= 0x80) nonAscii++;
            if (c is >= '\u0621' and <= '\u064A')
            {
                arabicLetters++;
                if (char.IsAsciiLetter(previous)) suspicious++;
                if (c == '\u0644' && previous == '\u0627') articles++;
            }
            else if (c is >= '\u064B' and <= '\u0652')
            {
                if (previous is < '\u0621' or > '\u064A') suspicious++;
            }
            else if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                suspicious++;
            }
            else if (IsLatinLetterOrSymbol(c) || char.IsAsciiLetter(c) && previous is >= '\u0621' and <= '\u064A')
            {
                suspicious++;
            }
            previous = c;
        }
        if (nonAscii == 0) return 0;
        return (arabicLetters + 4.0 * articles - 6.0 * suspicious) / nonAscii;
    }

    private static bool IsLatinLetterOrSymbol(char c) =>
        c is >= '\u00A2' and <= '\u024F' and not ('\u00AB' or '\u00BB' or '\u00B7' or '\u00D7' or '\u00F7')
        || c is >= '\u2020' and <= '\u2030' || c is '\u2122' or '\u20AC' or '\u02C6' or '\uFFFD';
}
