namespace ArabicEventExtraction.Tests.Specs;

/// <summary>
/// Reads the table-driven spec files under Specs/ (TSV, '#' comments, "\n", "\r" and "\t" escapes).
/// Each row comes back with its file line so a failing case names where it is written.
/// </summary>
public static class SpecFile
{
    public static IEnumerable<SpecRow> ReadTsv(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", name);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var columns = line.TrimEnd('\r').Split('\t').Select(Unescape).ToArray();
            yield return new SpecRow($"{name}:{lineNumber}", columns);
        }
    }

    /// <summary>Rows as xunit theory data: (location, columns...).</summary>
    public static TheoryData<string, string, string> TwoColumns(string name)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in ReadTsv(name))
        {
            if (row.Columns.Length != 2)
                throw new InvalidDataException($"{row.Location}: expected 2 tab-separated columns, found {row.Columns.Length}.");
            data.Add(row.Location, row.Columns[0], row.Columns[1]);
        }
        return data;
    }

    private static string Unescape(string s) => s.Replace("\\n", "\n").Replace("\\r", "\r").Replace("\\t", "\t");
}
