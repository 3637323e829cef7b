namespace ArabicEventExtraction.Tests.Actors;

/// <summary>Reads the tab-separated spec files under Specs/Actors: text, then '; '-separated expected items ('-' for none).</summary>
public static class ActorSpecFile
{
    public static IEnumerable<object[]> Cases(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "Actors", name);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length != 2) throw new InvalidDataException($"{name} line {number}: expected text<TAB>expected, got {fields.Length} fields");
            var expected = fields[1].Trim() == "-"
                ? []
                : fields[1].Split(';').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
            yield return [new ActorSpecCase(name, number, fields[0], expected)];
        }
    }
}
