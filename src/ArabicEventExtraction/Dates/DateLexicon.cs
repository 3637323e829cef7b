using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Dates;

/// <summary>The date vocabulary of Resources/Dates: month and weekday names, relative words, units, parts and cue words.</summary>
public sealed class DateLexicon
{
    private readonly Dictionary<string, HashSet<CueRole>> _cues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _startWords = new(StringComparer.Ordinal);

    public static DateLexicon Default { get; } = new();

    public PhraseTable<MonthName> Months { get; } = new();
    public PhraseTable<DayOfWeek> Weekdays { get; } = new();
    public PhraseTable<int> RelativeDays { get; } = new();
    public PhraseTable<bool> DayParts { get; } = new();
    public PhraseTable<int> OrdinalDays { get; } = new();
    public PhraseTable<int> CountWords { get; } = new();
    public PhraseTable<UnitWord> Units { get; } = new();
    public PhraseTable<TemporalRelation> Relations { get; } = new();
    public PhraseTable<UnitWord> UnitNouns { get; } = new();
    public PhraseTable<PartWord> Parts { get; } = new();
    public PhraseTable<int> Decades { get; } = new();
    public PhraseTable<int> FeminineOrdinals { get; } = new();
    public PhraseTable<CalendarUnit> AnaphoricUnits { get; } = new();
    public PhraseTable<bool> ConflictNouns { get; } = new();

    private DateLexicon()
    {
        foreach (var row in Table("months.tsv", 4))
            Months.Add(row[0], new MonthName(int.Parse(row[1]), row[2] == "hijri", row[3] == "1"));
        foreach (var row in Table("weekdays.tsv", 2))
            Weekdays.Add(row[0], Enum.Parse<DayOfWeek>(row[1]));
        foreach (var row in Table("relative_days.tsv", 2))
            RelativeDays.Add(row[0], int.Parse(row[1]));
        foreach (var line in ResourceFile.ReadLines("Dates/day_parts.txt"))
            DayParts.Add(line.Trim(), true);
        foreach (var row in Table("ordinal_days.tsv", 2))
            OrdinalDays.Add(row[0], int.Parse(row[1]));
        foreach (var row in Table("count_words.tsv", 2))
            CountWords.Add(row[0], int.Parse(row[1]));
        foreach (var row in Table("units.tsv", 3))
            Units.Add(row[0], new UnitWord(Enum.Parse<CalendarUnit>(row[1], ignoreCase: true), row[2] == "n" ? null : int.Parse(row[2])));
        foreach (var row in Table("relations.tsv", 2))
            Relations.Add(row[0], Enum.Parse<TemporalRelation>(row[1], ignoreCase: true));
        foreach (var row in Table("unit_nouns.tsv", 3))
            UnitNouns.Add(row[0], new UnitWord(Enum.Parse<CalendarUnit>(row[1], ignoreCase: true), row[2] == "n" ? null : int.Parse(row[2])));
        foreach (var row in Table("period_parts.tsv", 2))
            Parts.Add(row[0], new PartWord(Enum.Parse<PeriodPart>(row[1], ignoreCase: true), row.Length > 2 && row[2] == "anaphoric"));
        foreach (var row in Table("decades.tsv", 2))
        {
            Decades.Add(row[0], int.Parse(row[1]));
            Decades.Add("ال" + row[0], int.Parse(row[1]));
        }
        foreach (var row in Table("feminine_ordinals.tsv", 2))
            FeminineOrdinals.Add(row[0], int.Parse(row[1]));
        foreach (var row in Table("anaphoric_units.tsv", 2))
            AnaphoricUnits.Add(row[0], Enum.Parse<CalendarUnit>(row[1], ignoreCase: true));
        foreach (var line in ResourceFile.ReadLines("Dates/conflict_nouns.txt"))
            ConflictNouns.Add(line.Trim(), true);
        foreach (var row in Table("cues.tsv", 2))
        {
            var word = ArabicNormalizer.Fold(row[0]);
            if (!_cues.TryGetValue(word, out var roles)) _cues[word] = roles = [];
            roles.Add(Enum.Parse<CueRole>(row[1].Replace("_", ""), ignoreCase: true));
        }
        foreach (var table in new IEnumerable<string>[] { Months.FirstWords, Weekdays.FirstWords, RelativeDays.FirstWords, DayParts.FirstWords, OrdinalDays.FirstWords, UnitNouns.FirstWords, Parts.FirstWords, Decades.FirstWords, AnaphoricUnits.FirstWords, CountWords.FirstWords, ConflictNouns.FirstWords })
            _startWords.UnionWith(table);
        _startWords.Add("ال"); // "الـ15 من أبريل", "الـ24 ساعة الماضية"
        foreach (var (word, roles) in _cues)
            if (roles.Overlaps([CueRole.Since, CueRole.From, CueRole.Between, CueRole.Within, CueRole.In, CueRole.Ago, CueRole.Day, CueRole.Month, CueRole.Year, CueRole.Years, CueRole.This, CueRole.SameDay, CueRole.After, CueRole.Months, CueRole.Days]))
                _startWords.Add(word);
    }

    /// <summary>A word some date expression can start with or consist of; any other word is skipped quickly.</summary>
    public bool CanStartExpression(DateToken token)
    {
        if (!token.IsWord) return token.IsNumber;
        if (_startWords.Contains(token.Text)) return true;
        foreach (var (stem, _) in token.Stems)
            if (_startWords.Contains(stem)) return true;
        return false;
    }

    /// <summary>The word itself has the role (no clitics stripped).</summary>
    public bool Is(string word, CueRole role) => _cues.TryGetValue(word, out var roles) && roles.Contains(role);

    /// <summary>The token is a word with the role, possibly behind proclitics ("وفي", "ومنذ"); returns the clitic length or -1.</summary>
    public int Cue(IReadOnlyList<DateToken> tokens, int i, CueRole role)
    {
        if (i < 0 || i >= tokens.Count || !tokens[i].IsWord) return -1;
        var word = tokens[i].Text;
        if (Is(word, role)) return 0;
        foreach (var (stem, prefix) in tokens[i].Stems)
            if (Is(stem, role)) return prefix;
        return -1;
    }

    private static IEnumerable<string[]> Table(string file, int columns)
    {
        var line = 0;
        foreach (var row in ResourceFile.ReadTable("Dates/" + file))
        {
            line++;
            if (row.Length < columns)
                throw new InvalidDataException($"Resources/Dates/{file}: entry {line} ('{string.Join(' ', row)}') needs {columns} tab-separated columns.");
            yield return row;
        }
    }
}
