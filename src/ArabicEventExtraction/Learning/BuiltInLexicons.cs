using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Learning;

/// <summary>The lexicons shipped in Resources/Learning, found by the name a model records.</summary>
public static class BuiltInLexicons
{
    public const string WorldNamesName = "world-names-v1";

    /// <summary>World places (LOC), organisations (ORG), given names (GIVEN) and organisation head words (ORGHEAD).</summary>
    public static WordListLexicon WorldNames { get; } = new(WorldNamesName,
        Read("Learning/places_world.txt", "LOC")
            .Concat(Read("Learning/organisations_world.txt", "ORG"))
            .Concat(Read("Learning/given_names.txt", "GIVEN"))
            .Concat(Read("Learning/organisation_heads.txt", "ORGHEAD")));

    /// <summary>The built-in lexicons among these names; names it does not know are the caller's to supply.</summary>
    public static IReadOnlyList<IEntityLexicon> Resolve(IEnumerable<string> names) =>
        names.Where(n => n == WorldNamesName).Select(_ => (IEntityLexicon)WorldNames).ToArray();

    private static IEnumerable<(string, string)> Read(string resource, string label) =>
        ResourceFile.ReadLines(resource).Select(l => (l.Trim(), label));
}
