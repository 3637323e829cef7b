namespace ArabicEventExtraction.Tests.Places;

/// <summary>Reads the table-driven place specs under Specs/Places (tab-separated, '#' comments).</summary>
public static class PlaceSpecs
{
    public static TheoryData<string, string, string> Mentions() => Rows("place_mentions.tsv", 3);

    public static TheoryData<string, string, string> Written() => Rows("place_written.tsv", 3);

    public static TheoryData<string, string, string, string, string, string> Broader()
    {
        var data = new TheoryData<string, string, string, string, string, string>();
        foreach (var r in Read("place_broader.tsv", 6)) data.Add(r[0], r[1], r[2], r[3], r[4], r[5]);
        return data;
    }

    private static TheoryData<string, string, string> Rows(string file, int columns)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var r in Read(file, columns)) data.Add(r[0], r[1], r[2]);
        return data;
    }

    private static IEnumerable<string[]> Read(string file, int columns)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "Places", file);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length < columns - 1)
                throw new InvalidDataException($"{file}:{number}: expected {columns} tab-separated columns, found {cols.Length}");
            yield return cols.Concat(Enumerable.Repeat("", Math.Max(0, columns - cols.Length))).Take(columns).ToArray();
        }
    }
}
