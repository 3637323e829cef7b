namespace ArabicEventExtraction.Actors;

/// <summary>Turns a listed entry into a code and canonical name, resolving contextual entries by the document's country.</summary>
internal sealed class ActorEntryResolver(ActorLexicon lexicon, CountryContext context)
{
    /// <summary>False when a contextual entry fits none of the document's countries and has no fallback.</summary>
    public bool TryResolve(ActorEntry entry, int sentence, out string? code, out string name)
    {
        code = entry.Code;
        name = entry.Name;
        if (entry.ContextKey is null) return true;
        code = context.Resolve(lexicon.Contexts[entry.ContextKey], sentence);
        if (code is null) return false;
        name = lexicon.CanonicalNames[code];
        return true;
    }
}
