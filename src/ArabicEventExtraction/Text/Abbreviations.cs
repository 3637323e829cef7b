using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Text;

/// <summary>Words after which a '.' does not end a sentence: any single letter, and a listed few.</summary>
internal sealed class Abbreviations
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    private Abbreviations()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ResourceFile.ReadLines("Text/abbreviations.txt"))
            words.Add(ArabicNormalizer.Fold(line.Trim()));
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations Default { get; } = new();

    /// <summary>True when the word ending at <paramref name="dot"/> (exclusive) is an abbreviation.</summary>
    public bool EndsBefore(string s, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(s[start - 1])) start--;
        var length = dot - start;
        return length == 1 || (length > 1 && _words.Contains(s.AsSpan(start, length)));
    }
}
