using System.Reflection;

namespace ArabicEventExtraction.Resources;

/// <summary>Reads the language data files embedded in this assembly (one entry per line, '#' comments).</summary>
public static class ResourceFile
{
    private static readonly Assembly Assembly = typeof(ResourceFile).Assembly;

    /// <summary>Non-blank, non-comment lines of a resource such as "Figures/victim_nouns.tsv".</summary>
    public static IEnumerable<string> ReadLines(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            yield return line.TrimEnd('\r');
        }
    }

    /// <summary>The lines of a word or phrase list, trimmed and folded to the normalized spelling (ArabicNormalizer.Fold).</summary>
    public static IEnumerable<string> ReadFoldedWords(string name) =>
        ReadLines(name).Select(l => Text.ArabicNormalizer.Fold(l.Trim())).Where(l => l.Length > 0);

    /// <summary>A word list as a set, in the normalized spelling.</summary>
    public static HashSet<string> ReadWordSet(string name) => ReadFoldedWords(name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Lines split on tabs, for the .tsv resources.</summary>
    public static IEnumerable<string[]> ReadTable(string name) =>
        ReadLines(name).Select(l => l.Split('\t'));

    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream(name.Replace('\\', '/'))
        ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {Assembly.GetName().Name}.");

    public static bool Exists(string name) => Assembly.GetManifestResourceInfo(name) is not null;
}
