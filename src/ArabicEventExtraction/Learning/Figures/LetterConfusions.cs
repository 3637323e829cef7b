using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>Letters a hurried writer confuses (Resources/Learning/figure_typo_letters.tsv): a dot moved or dropped.</summary>
internal static class LetterConfusions
{
    private static readonly Lazy<Dictionary<char, char[]>> Table = new(() =>
        ResourceFile.ReadTable("Learning/figure_typo_letters.tsv")
            .ToDictionary(r => r[0].Trim()[0], r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s[0]).ToArray()));

    /// <summary>The letters <paramref name="letter"/> may be mistaken for (empty when none).</summary>
    public static char[] Of(char letter) => Table.Value.TryGetValue(letter, out var others) ? others : [];

    /// <summary>
    /// The words one slip away from <paramref name="word"/>: a letter swapped for a confusable one,
    /// a letter dropped (from words of 4 or more), or two neighbouring letters exchanged.
    /// </summary>
    public static IEnumerable<string> OneSlipFrom(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var original = chars[i];
            foreach (var other in Of(original))
            {
                chars[i] = other;
                yield return new string(chars);
            }
            chars[i] = original;
        }
        if (word.Length >= 4)
            for (var i = 0; i < word.Length; i++) yield return word.Remove(i, 1);
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            yield return new string(chars);
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        }
    }
}
