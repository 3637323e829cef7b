using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Text;

/// <summary>Words (or word beginnings, "stem*") that must not lose a leading letter to clitic splitting.</summary>
internal sealed class ProtectedStems
{
    private const string File = "Text/protected_stems.txt";

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly string[] _prefixes;

    private ProtectedStems(HashSet<string> words, string[] prefixes)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes;
    }

    public static ProtectedStems Default { get; } = Load();

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_words.Contains(word)) return true;
        foreach (var prefix in _prefixes)
            if (word.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private static ProtectedStems Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var line in ResourceFile.ReadLines(File))
        {
            var entry = line.Trim();
            if (entry.EndsWith('*')) prefixes.Add(ArabicNormalizer.Fold(entry[..^1]));
            else words.Add(ArabicNormalizer.Fold(entry));
        }
        return new ProtectedStems(words, prefixes.ToArray());
    }
}
