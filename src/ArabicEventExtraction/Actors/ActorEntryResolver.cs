namespace ArabicEventExtraction.Actors;

/// <summary>
/// Turns a listed entry into a code and canonical name: contextual entries by the document's
/// country, anaphoric ones ("التنظيم") by the nearest fitting actor named before them.
/// </summary>
internal sealed class ActorEntryResolver(ActorLexicon lexicon, CountryContext context)
{
    /// <summary>False when a contextual entry fits nothing in the document and has no fallback.</summary>
    public bool TryResolve(ActorEntry entry, int sentence, IReadOnlyList<ActorCandidate> earlier, out string? code, out string name)
    {
        code = entry.Code;
        name = entry.Name;
        if (entry.ContextKey is null) return true;
        var contextual = lexicon.Contexts[entry.ContextKey];
        if (contextual.IsAnaphoric) return TryAntecedent(contextual, earlier, out code, out name);
        code = context.Resolve(contextual, sentence);
        if (code is null) return false;
        name = lexicon.CanonicalNames[code];
        return true;
    }

    private static bool TryAntecedent(ContextualCode contextual, IReadOnlyList<ActorCandidate> earlier, out string? code, out string name)
    {
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var candidate = earlier[i];
            if (candidate.DefaultRole == ActorRole.Source) continue;
            var key = candidate.Code ?? ContextualCode.AnyNamedGroup;
            foreach (var antecedent in contextual.Antecedents)
            {
                if (antecedent != key && antecedent != ContextualCode.AnyActor) continue;
                (code, name) = (candidate.Code, candidate.Name);
                return true;
            }
        }
        (code, name) = (null, "");
        return false;
    }
}
