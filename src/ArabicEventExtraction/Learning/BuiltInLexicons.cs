using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Learning;

/// <summary>The lexicons shipped in Resources/Learning, found by the name a model records.</summary>
public static class BuiltInLexicons
{
    /// <summary>The name models record; changes whenever the lists change in a way that needs retraining.</summary>
    public const string WorldNamesName = "world-names-v2";

    // Before WorldNames: static initializers run in order.
    private static readonly HashSet<string> CommonWords =
        ResourceFile.ReadLines("Learning/given_names_common_words.txt").Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// World places (LOC), the project's place gazetteer (GAZ) and actor dictionary (ACTOR), organisations (ORG), organisation head words (ORGHEAD), well-known people
    /// (PERS), given names (GIVEN), family names (FAMILY), person titles (TITLE), nationality
    /// adjectives (NISBA) and other names such as currencies and events (MISC).
    /// </summary>
    public static WordListLexicon WorldNames { get; } = new(WorldNamesName,
        Read("Learning/places_world.txt", "LOC")
            .Concat(Read("Learning/organisations_world.txt", "ORG"))
            .Concat(Read("Learning/organisation_heads.txt", "ORGHEAD").SelectMany(e => WithArticle(e.Name).Select(f => (f, e.Label))))
            .Concat(Read("Learning/organisation_cues.txt", "ORGCUE"))
            .Concat(Read("Learning/place_cues.txt", "LOCCUE"))
            .Concat(Read("Learning/person_names_world.txt", "PERS"))
            .Concat(Read("Learning/given_names.txt", "GIVEN").Select(e => CommonWords.Contains(e.Name) ? (e.Name, "GIVENWORD") : e))
            .Concat(Read("Learning/family_names.txt", "FAMILY"))
            .Concat(Read("Learning/foreign_surnames.txt", "FAMILY"))
            .Concat(Read("Learning/person_titles.txt", "TITLE"))
            .Concat(Read("Learning/nationalities.txt", "NISBA").SelectMany(e => NisbaForms(e.Name).Select(f => (f, e.Label))))
            .Concat(Read("Learning/misc_names.txt", "MISC"))
            .Concat(GazetteerNames().Select(n => (n, "GAZ")))
            .Concat(ActorAliases().Select(n => (n, "ACTOR"))));

    /// <summary>The built-in lexicons among these names; names it does not know are the caller's to supply.</summary>
    public static IReadOnlyList<IEntityLexicon> Resolve(IEnumerable<string> names) =>
        names.Where(n => n == WorldNamesName).Select(_ => (IEntityLexicon)WorldNames).ToArray();

    /// <summary>The Arabic names and variants of the places gazetteer (Places/gazetteer.tsv: id, name, variants, ...).</summary>
    private static IEnumerable<string> GazetteerNames() =>
        ResourceFile.ReadTable("Places/gazetteer.tsv")
            .Where(row => row.Length >= 3)
            .SelectMany(row => row[2].Split('|').Prepend(row[1]))
            .Where(IsArabic);

    /// <summary>The aliases of the actor dictionary (Actors/actor_aliases.tsv: code, aliases, ...).</summary>
    private static IEnumerable<string> ActorAliases() =>
        ResourceFile.ReadTable("Actors/actor_aliases.tsv")
            .Where(row => row.Length >= 2)
            .SelectMany(row => row[1].Split('|'))
            .Where(IsArabic);

    private static bool IsArabic(string name) => name.Length > 0 && name.Any(c => c is >= '\u0600' and <= '\u06FF');

    /// <summary>A masculine nisba with its article and feminine forms: فرنسي, فرنسية, الفرنسي, الفرنسية.</summary>
    public static IEnumerable<string> NisbaForms(string masculine)
    {
        var words = masculine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var feminine = words.Select(w => w + "ة").ToArray();
        yield return string.Join(' ', words);
        yield return string.Join(' ', feminine);
        yield return string.Join(' ', words.Select(w => "ال" + w));
        yield return string.Join(' ', feminine.Select(w => "ال" + w));
    }

    /// <summary>A head word and, for a bare single word, its article form: مجلس, المجلس.</summary>
    public static IEnumerable<string> WithArticle(string word)
    {
        yield return word;
        if (!word.Contains(' ') && !word.StartsWith("ال", StringComparison.Ordinal)) yield return "ال" + word;
    }

    private static IEnumerable<(string Name, string Label)> Read(string resource, string label) =>
        ResourceFile.ReadLines(resource).Select(l => (l.Trim(), label));
}
