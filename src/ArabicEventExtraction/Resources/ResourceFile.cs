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

    /// <summary>Lines split on tabs, for the .tsv resources.</summary>
    public static IEnumerable<string[]> ReadTable(string name) =>
        ReadLines(name).Select(l => l.Split('\t'));

    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream(name.Replace('\\', '/'))
        ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {Assembly.GetName().Name}.");

    public static bool Exists(string name) => Assembly.GetManifestResourceInfo(name) is not null;
}
