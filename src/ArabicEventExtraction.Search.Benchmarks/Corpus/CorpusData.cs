using System.Globalization;

namespace ArabicEventExtraction.Search.Benchmarks.Corpus;

/// <summary>The word lists and sentences the generated reports are built from (files next to the program).</summary>
public sealed class CorpusData
{
    public required IReadOnlyList<(string Name, string Admin1, double Lat, double Lon)> Places { get; init; }
    public required IReadOnlyList<(string Code, string Name)> Actors { get; init; }
    public required IReadOnlyList<(string Type, string Phrase)> Attacks { get; init; }
    public required IReadOnlyList<(string Group, string Noun)> Victims { get; init; }
    public required IReadOnlyList<string> Months { get; init; }
    public required IReadOnlyList<string> Sentences { get; init; }

    public static CorpusData Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Corpus");
        IEnumerable<string[]> Rows(string file) => File.ReadLines(Path.Combine(dir, file))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));
        return new CorpusData
        {
            Places = Rows("places.tsv").Select(r => (r[0], r[1], double.Parse(r[2], CultureInfo.InvariantCulture), double.Parse(r[3], CultureInfo.InvariantCulture))).ToList(),
            Actors = Rows("actors.tsv").Select(r => (r[0], r[1])).ToList(),
            Attacks = Rows("attacks.tsv").Select(r => (r[0], r[1])).ToList(),
            Victims = Rows("victims.tsv").Select(r => (r[0], r[1])).ToList(),
            Months = Rows("months.txt").Select(r => r[0]).ToList(),
            Sentences = Rows("sentences.txt").Select(r => r[0]).ToList(),
        };
    }
}
