namespace ArabicEventExtraction.Tests;

/// <summary>Loads table-driven spec files from the Specs folder copied next to the test assembly.</summary>
public static class SpecFile
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Specs", name);

    /// <summary>Rows of a TSV spec (comments '#' and blank lines skipped), padded to <paramref name="columns"/>.</summary>
    public static IEnumerable<string[]> Rows(string name, int columns)
    {
        foreach (var line in File.ReadLines(PathOf(name)))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < columns) cells = [.. cells, .. Enumerable.Repeat("", columns - cells.Length)];
            yield return cells;
        }
    }

    public static TheoryData<string, string> Table(string name, int columns)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows(name, columns)) data.Add(row[0], row[1]);
        return data;
    }
}
