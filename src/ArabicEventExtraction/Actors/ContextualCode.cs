namespace ArabicEventExtraction.Actors;

/// <summary>
/// A code that depends on context. By country: "القوات الحكومية" is SYR_GOV in Syria, YEM_GOV in
/// Yemen. By antecedent: "التنظيم" is the nearest organisation named before it among
/// <see cref="Antecedents"/> (codes, "@" for any named group without a code, "*" for any actor).
/// </summary>
internal sealed record ContextualCode(string Key, IReadOnlyDictionary<string, string> ByCountry, string? Fallback)
{
    public const string AnyNamedGroup = "@";
    public const string AnyActor = "*";

    public IReadOnlyList<string> Antecedents { get; init; } = [];

    public bool IsAnaphoric => Antecedents.Count > 0;
}
