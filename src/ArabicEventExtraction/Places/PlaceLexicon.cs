using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Places;

/// <summary>The words around place names (head words, sides, prepositions ...), read from Resources/Places.</summary>
internal sealed class PlaceLexicon
{
    private static readonly Lazy<PlaceLexicon> DefaultInstance = new(() => new PlaceLexicon());

    private readonly Dictionary<string, HeadWord> _heads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HeadWord>.AlternateLookup<ReadOnlySpan<char>> _headLookup;
    private readonly Dictionary<string, SideWord> _sideNouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SideWord>.AlternateLookup<ReadOnlySpan<char>> _sideNounLookup;
    private readonly Dictionary<string, SideWord> _sideAdjectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SideWord>.AlternateLookup<ReadOnlySpan<char>> _sideAdjectiveLookup;
    private readonly Dictionary<string, ContextLevel> _contextNames = new(StringComparer.Ordinal);

    private PlaceLexicon()
    {
        foreach (var row in ResourceFile.ReadTable("Places/head_words.tsv"))
        {
            if (row.Length < 3 || !PlaceKindNames.TryParse(row[1], out var kind))
                throw new InvalidOperationException($"Places/head_words.tsv: bad row '{string.Join('\t', row)}'");
            var word = ArabicNormalizer.Fold(row[0].Trim());
            var max = row[2].Trim() switch { "one" => 1, "two" => 2, _ => int.MaxValue };
            var flags = row.Length > 3 ? row[3].Split(',', StringSplitOptions.TrimEntries) : [];
            var countryside = flags.Contains("countryside");
            _heads[word] = new HeadWord(word, kind, max, countryside, flags.Contains("definite"));
            if (countryside && max == 1 && CountrysideWord.Length == 0) CountrysideWord = row[0].Trim();
        }
        foreach (var row in ResourceFile.ReadTable("Places/sides.tsv"))
        {
            var side = new SideWord(row[1].Trim(), row[2].Trim(), row[3].Trim());
            _sideNouns[ArabicNormalizer.Fold(row[0].Trim())] = side;
            _sideAdjectives.TryAdd(ArabicNormalizer.Fold(side.Feminine), side);
            _sideAdjectives.TryAdd(ArabicNormalizer.Fold(side.Masculine), side);
        }
        foreach (var row in ResourceFile.ReadTable("Places/context_names.tsv"))
            AddContextName(row[0], row.Length > 1 && row[1].Trim() == "head" ? ContextLevel.HeadWord : ContextLevel.Preposition);
        if (ResourceFile.Exists("Places/context_names_generated.tsv"))
            foreach (var row in ResourceFile.ReadTable("Places/context_names_generated.tsv"))
                AddContextName(row[0], ContextLevel.Preposition);
        _headLookup = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
        _sideNounLookup = _sideNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        _sideAdjectiveLookup = _sideAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();
        Prepositions = new WordSet(ResourceFile.ReadLines("Places/prepositions.txt").Select(l => l.Trim()));
        AreaNouns = new WordSet(ResourceFile.ReadLines("Places/area_nouns.txt").Select(l => l.Trim()));
        NamePrefixes = new WordSet(ResourceFile.ReadLines("Places/name_prefixes.txt").Select(l => l.Trim()));
        BareNamePrefixes = new WordSet(ResourceFile.ReadLines("Places/bare_name_prefixes.txt").Select(l => l.Trim()));
        NotPlacePhrases = new WordSet(ResourceFile.ReadLines("Places/not_place_phrases.txt")
            .Select(l => string.Join(' ', PlaceNameIndex.FoldedWords(l))));
        NotNames = new WordSet(ResourceFile.ReadLines("Places/not_names.txt").Select(l => l.Trim()));
    }

    public static PlaceLexicon Default => DefaultInstance.Value;

    public WordSet Prepositions { get; }

    /// <summary>The word naming a place's countryside ("ريف"), as written in names.</summary>
    public string CountrysideWord { get; } = "";

    /// <summary>"الأحياء", "الريف" ...: a part of a place, in "الأحياء الشرقية من حلب".</summary>
    public WordSet AreaNouns { get; }

    public WordSet NamePrefixes { get; }

    public WordSet NotNames { get; }

    /// <summary>Folded two-word phrases in which the first word is not a place ("حماة الديار").</summary>
    public WordSet NotPlacePhrases { get; }

    /// <summary>"جبل", "عين" ...: after a preposition they start a place name even without a head word.</summary>
    public WordSet BareNamePrefixes { get; }

    public HeadWord? Head(ReadOnlySpan<char> word) => _headLookup.TryGetValue(word, out var h) ? h : null;

    public SideWord? SideNoun(ReadOnlySpan<char> word) => _sideNounLookup.TryGetValue(word, out var s) ? s : null;

    public SideWord? SideAdjective(ReadOnlySpan<char> word) => _sideAdjectiveLookup.TryGetValue(word, out var s) ? s : null;

    /// <summary>The context a folded name needs to count as a place (None for ordinary names).</summary>
    public ContextLevel ContextNeeded(string foldedName) => _contextNames.GetValueOrDefault(foldedName);

    private void AddContextName(string name, ContextLevel level)
    {
        var key = string.Join(' ', PlaceNameIndex.FoldedWords(name));
        if (key.Length == 0) return;
        if (!_contextNames.TryGetValue(key, out var old) || old < level) _contextNames[key] = level;
    }
}
