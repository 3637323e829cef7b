namespace ArabicEventExtraction.Actors;

/// <summary>
/// What a listed phrase names. Code is an actors.tsv code, or null for a source or a group outside
/// the code list; ContextKey names a contextual_codes.tsv row when the code depends on the country
/// the document is about ("القوات الحكومية", "التحالف").
/// </summary>
internal sealed record ActorEntry(string? Code, string? ContextKey, string Name, ActorRole DefaultRole)
{
    public bool IsSource => DefaultRole == ActorRole.Source;
}
