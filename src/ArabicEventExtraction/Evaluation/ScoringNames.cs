using System.Text;
using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Evaluation;

/// <summary>
/// The name comparison of shared/eval/score.py (norm_ar, norm_place, norm_actor), reproduced exactly:
/// it is lighter than <see cref="Text.ArabicNormalizer"/> on purpose, so that scores agree with the script.
/// </summary>
public static class ScoringNames
{
    private static readonly HashSet<string> Heads = new(ResourceFile.ReadLines("Evaluation/place_heads.txt").Select(l => l.Trim()), StringComparer.Ordinal);
    private static readonly Dictionary<string, string> Sides = ResourceFile.ReadTable("Evaluation/place_sides.tsv").ToDictionary(r => r[0].Trim(), r => r[1].Trim(), StringComparer.Ordinal);

    /// <summary>norm_ar: drops diacritics and tatweel, folds alef forms, ى, ة, ؤ, ئ, collapses whitespace.</summary>
    public static string Fold(string? s)
    {
        var sb = new StringBuilder((s ?? "").Length);
        var pendingSpace = false;
        foreach (var c in s ?? "")
        {
            if (c is >= '\u064b' and <= '\u0652' or '\u0670' or '\u0640') continue;
            if (IsPythonSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                'ؤ' => 'و',
                'ئ' => 'ي',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>norm_place: no head words, a leading side word moved behind ("شرق حلب" = "حلب الشرقيه"), no ال on a long first word.</summary>
    public static string Place(string? s)
    {
        var words = Fold(s).Split(' ').Where(w => w.Length > 0 && !Heads.Contains(w)).ToList();
        if (words.Count >= 2 && Sides.TryGetValue(words[0], out var side))
            words = [.. words.Skip(1), side];
        if (words.Count > 0 && words[0].StartsWith("ال", StringComparison.Ordinal) && words[0].Length > 4)
            words[0] = words[0][2..];
        return string.Join(' ', words);
    }

    /// <summary>norm_actor: codes stay as they are; anything holding Arabic letters is compared as a place name.</summary>
    public static string? Actor(string? a) =>
        (a ?? "").Any(c => c is >= '\u0600' and <= '\u06ff') ? Place(a) : a;

    // Python's \s also matches the separators U+001C-U+001F, which .NET does not count as whitespace.
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';
}
