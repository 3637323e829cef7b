using System.Globalization;
using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Numbers;

/// <summary>Number words and dual nouns in normalized spelling, looked up without allocating.</summary>
internal sealed class NumberLexicon
{
    private const string WordsFile = "Numbers/number_words.tsv";
    private const string DualsFile = "Numbers/dual_nouns.tsv";

    private readonly Dictionary<string, NumberWord> _words;
    private readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private NumberLexicon(Dictionary<string, NumberWord> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static NumberLexicon Default { get; } = Load();

    public int Count => _words.Count;

    public NumberWord? Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var entry) ? entry : null;

    private static NumberLexicon Load()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        var line = 0;
        foreach (var row in ResourceFile.ReadTable(WordsFile))
        {
            line++;
            if (row.Length is not (3 or 5))
                throw new InvalidDataException($"{WordsFile}: entry {line} ('{string.Join(' ', row)}') needs 3 or 5 tab-separated columns.");
            var kind = ParseKind(row[1], line);
            var entry = row.Length == 5
                ? new NumberWord(kind, ParseLong(row[2], line), ParseLong(row[3], line), ParseLong(row[4], line))
                : new NumberWord(kind, ParseLong(row[2], line));
            Add(words, row[0], entry, WordsFile, line);
        }
        line = 0;
        foreach (var noun in ResourceFile.ReadLines(DualsFile))
            Add(words, noun.Trim(), new NumberWord(NumberWordKind.Dual, 2), DualsFile, ++line);
        return new NumberLexicon(words);
    }

    private static void Add(Dictionary<string, NumberWord> words, string word, NumberWord entry, string file, int line)
    {
        var folded = ArabicNormalizer.Fold(word.Trim());
        if (words.TryGetValue(folded, out var existing) && existing != entry)
            throw new InvalidDataException($"{file}: entry {line} '{word}' folds to '{folded}', already listed as {existing.Kind} {existing.Value}.");
        words[folded] = entry;
    }

    private static NumberWordKind ParseKind(string kind, int line) => kind.Trim() switch
    {
        "unit" => NumberWordKind.Unit,
        "teen-first" => NumberWordKind.TeenFirst,
        "ten" => NumberWordKind.Ten,
        "hundred" => NumberWordKind.Hundred,
        "scale" => NumberWordKind.Scale,
        "scale-dual" => NumberWordKind.ScaleDual,
        "scale-plural" => NumberWordKind.ScalePlural,
        "vague" => NumberWordKind.Vague,
        "vague-scale" => NumberWordKind.VagueScale,
        "fraction" => NumberWordKind.Fraction,
        "ordinal" => NumberWordKind.Ordinal,
        "scale-definite" => NumberWordKind.ScaleDefinite,
        _ => throw new InvalidDataException($"{WordsFile}: entry {line} has unknown kind '{kind}'."),
    };

    private static long ParseLong(string s, int line) =>
        long.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidDataException($"{WordsFile}: entry {line} has a bad number '{s}'.");
}
