using System.Text;
using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Text;

/// <summary>
/// Folds Arabic spelling variation for matching: diacritics, tatweel and invisible marks removed,
/// alef/hamza forms and ta marbuta unified, Eastern digits and punctuation to ASCII, presentation
/// forms decomposed. Keeps an offset map to the original text.
/// </summary>
public static class ArabicNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var text = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                Emit(c, i, i + 2); Emit(original[i + 1], i, i + 2);
                i++;
                continue;
            }
            if (IsPresentationForm(c))
            {
                foreach (var d in PresentationForms.Decompose(c))
                {
                    var folded = Fold(d);
                    if (folded != '\0') Emit(folded, i, i + 1);
                }
                continue;
            }
            var f = Fold(c);
            if (f != '\0') Emit(f, i, i + 1);
        }
        return new NormalizedText(original, text.ToString(), starts.ToArray(), ends.ToArray());

        void Emit(char ch, int start, int end)
        {
            text.Append(ch);
            starts.Add(start);
            ends.Add(end);
        }
    }

    /// <summary>Normalized form of a short string (a word list entry, a query).</summary>
    public static string Fold(string s) => Normalize(s).Text;

    /// <summary>The folded character, or '\0' when the character is dropped.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' => '\0',          // harakat, shadda, sukun, hamza marks
        '\u0670' => '\0',                              // superscript alef
        >= '\u06D6' and <= '\u06ED' => '\0',           // Quranic marks
        '\u0640' => '\0',                              // tatweel
        '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u061C' => '\0',
        >= '\u202A' and <= '\u202E' => '\0',           // bidi embeddings
        >= '\u2066' and <= '\u2069' => '\0',           // bidi isolates
        'أ' or 'إ' or 'آ' or 'ٱ' or '\u0672' or '\u0673' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ک' => 'ك',
        'ی' => 'ي',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        '٫' => '.',
        '٬' => ',',
        '٪' => '%',
        '\u00A0' or '\u2007' or '\u202F' => ' ',
        _ => c,
    };

    private static bool IsPresentationForm(char c) =>
        c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
