using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Serialization;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Figures;

/// <summary>The figure extractor's language data (Resources/Figures), with clitic-aware lookup.</summary>
public sealed class FigureLexicon
{
    private readonly Dictionary<string, VictimNoun> _nouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FigureGroup> _groupModifiers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Trigger> _triggers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _cues = new(StringComparer.Ordinal);

    private static readonly Lazy<FigureLexicon> Shared = new(() => new FigureLexicon());

    public static FigureLexicon Default => Shared.Value;

    public FigureLexicon()
    {
        foreach (var row in ResourceFile.ReadTable("Figures/victim_nouns.tsv"))
        {
            var flags = row.Length > 4 ? row[4].Split(',', StringSplitOptions.TrimEntries) : [];
            var form = ArabicNormalizer.Fold(row[0]);
            _nouns[form] = new VictimNoun(form, Parse<FigureGroup>(row[1]), row[2] switch
            {
                "sg" => GrammaticalNumber.Singular,
                "dual" => GrammaticalNumber.Dual,
                _ => GrammaticalNumber.Plural,
            }, row[3] == "-" ? null : Parse<FigureCategory>(row[3]))
            {
                IsGeneric = flags.Contains("generic"),
                IsOther = flags.Contains("other"),
                IsCase = flags.Contains("case"),
                IsIncident = flags.Contains("incident"),
                IsFound = flags.Contains("found"),
            };
        }
        foreach (var row in ResourceFile.ReadTable("Figures/group_modifiers.tsv"))
            _groupModifiers[ArabicNormalizer.Fold(row[0])] = Parse<FigureGroup>(row[1]);
        foreach (var row in ResourceFile.ReadTable("Figures/triggers.tsv"))
        {
            var form = ArabicNormalizer.Fold(row[0]);
            FigureCategory? category = row[1] == "none" ? null : Parse<FigureCategory>(row[1]);
            _triggers[form] = new Trigger(form, category, row[2] is "before" or "both", row[2] is "after" or "both");
        }
        Qualifiers = ResourceFile.ReadTable("Figures/qualifiers.tsv")
            .Select(r => new QualifierPhrase(ArabicNormalizer.Fold(r[0]).Split(' '), Parse<Qualifier>(r[1]), r[2] == "before"))
            .OrderByDescending(q => q.Words.Length)
            .ToArray();
        foreach (var row in ResourceFile.ReadTable("Figures/cues.tsv"))
            _cues[ArabicNormalizer.Fold(row[0])] = row[1];
    }

    private readonly HashSet<string> _partitives = ResourceFile.ReadWordSet("Figures/partitive_words.txt");
    private readonly HashSet<string> _groupConnectors = ResourceFile.ReadWordSet("Figures/group_connectors.txt");
    private readonly HashSet<string> _clauseOpeners = ResourceFile.ReadWordSet("Figures/clause_openers.txt");

    /// <summary>"فيما", "بينما": opens another clause, whose trigger is not the count's before it.</summary>
    public bool IsClauseOpener(string word) => _clauseOpeners.Contains(word) || StripConjunction(word) is { } w && _clauseOpeners.Contains(w);

    /// <summary>"من", "في", "صفوف": may stand between a person noun and the word that refines its group.</summary>
    public bool IsGroupConnector(string word) => _groupConnectors.Contains(word);

    /// <summary>"منها", "منهم": after a bare number, the number counts some of the figure before it.</summary>
    public bool IsPartitive(string word) => _partitives.Contains(word);

    public IReadOnlyList<QualifierPhrase> Qualifiers { get; }

    // Lookups strip clitics and suffixes, which allocates; words repeat across documents, so
    // answers are remembered (bounded, so an endless stream of new words cannot grow it forever).
    private const int MemoLimit = 200_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, VictimNoun?> _nounMemo = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Trigger?> _triggerMemo = new(StringComparer.Ordinal);

    public VictimNoun? Noun(string word)
    {
        if (_nounMemo.TryGetValue(word, out var known)) return known;
        var found = FindNoun(word);
        if (_nounMemo.Count < MemoLimit) _nounMemo.TryAdd(word, found);
        return found;
    }

    private VictimNoun? FindNoun(string word)
    {
        if (TryFind(_nouns, word, out var noun)) return noun;
        // A possessive suffix: "سكانها", "اطفالهم".
        foreach (var suffix in PossessiveSuffixes)
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal)
                && TryFind(_nouns, word[..^suffix.Length], out noun))
                return noun;
        return null;
    }

    /// <summary>True when the word, exactly as written, is a listed noun form ("والدته" is not و + الدته).</summary>
    public bool IsNounForm(string word) => _nouns.ContainsKey(word);

    public Trigger? Trigger(string word)
    {
        if (_triggerMemo.TryGetValue(word, out var known)) return known;
        var found = TryFind(_triggers, word, out var t) ? t : null;
        if (_triggerMemo.Count < MemoLimit) _triggerMemo.TryAdd(word, found);
        return found;
    }

    public FigureGroup? GroupModifier(string word) => TryFind(_groupModifiers, word, out var g) ? g : null;

    /// <summary>The cue role of a word or two-word phrase (breakdown, rate, hypothetical, negation), or null.</summary>
    public string? Cue(string word) => _cues.GetValueOrDefault(word) ?? (StripConjunction(word) is { } w ? _cues.GetValueOrDefault(w) : null);

    /// <summary>Looks a word up as written, then without و/ف, then without ب/ل/ك, then without ال.</summary>
    private static bool TryFind<T>(Dictionary<string, T> table, string word, out T value)
    {
        foreach (var candidate in Stems(word))
            if (table.TryGetValue(candidate, out value!)) return true;
        value = default!;
        return false;
    }

    private static readonly string[] PossessiveSuffixes = ["هم", "ها", "هن", "ه"];

    public static IEnumerable<string> Stems(string word)
    {
        yield return word;
        var w = word;
        if (w.Length > 3 && w[0] is 'و' or 'ف')
        {
            w = w[1..];
            yield return w;
        }
        if (w.Length > 3 && w.StartsWith("لل", StringComparison.Ordinal))
        {
            yield return w[2..];
            yield break;
        }
        if (w.Length > 3 && w[0] is 'ب' or 'ل' or 'ك')
        {
            var rest = w[1..];
            yield return rest;
            if (rest.Length > 4 && rest.StartsWith("ال", StringComparison.Ordinal)) yield return rest[2..];
            yield break;
        }
        if (w.Length > 4 && w.StartsWith("ال", StringComparison.Ordinal)) yield return w[2..];
    }

    private static string? StripConjunction(string word) => word.Length > 2 && word[0] is 'و' or 'ف' ? word[1..] : null;

    private static T Parse<T>(string name) where T : struct, Enum =>
        Names.TryParse<T>(name, out var value) ? value : throw new FormatException($"unknown {typeof(T).Name} '{name}' in Figures resources");
}
