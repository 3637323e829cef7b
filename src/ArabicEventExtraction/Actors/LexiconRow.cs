namespace ArabicEventExtraction.Actors;

/// <summary>One data line of a lexicon file, split on tabs, with its position for error messages.</summary>
internal sealed record LexiconRow(string File, int Line, string[] Fields)
{
    public LexiconFormatException Error(string problem) => new(File, Line, problem);

    public string Field(int index, string what) =>
        index < Fields.Length && Fields[index].Trim().Length > 0
            ? Fields[index].Trim()
            : throw Error($"missing {what} (column {index + 1})");

    /// <summary>A '|'-separated list column, each item trimmed, empty items dropped.</summary>
    public IEnumerable<string> List(int index, string what) =>
        Field(index, what).Split('|').Select(s => s.Trim()).Where(s => s.Length > 0);

    public static IEnumerable<LexiconRow> Read(string file, TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            yield return new LexiconRow(file, number, line.TrimEnd('\r').Split('\t'));
        }
    }
}
