namespace ArabicEventExtraction.Search.Querying;

/// <summary>A user query translated to an FTS5 MATCH expression over analyzed terms, with the terms to highlight.</summary>
public sealed record ParsedQuery(string MatchExpression, IReadOnlySet<string> Terms, IReadOnlyList<string> Prefixes)
{
    public bool Highlights(string term)
    {
        if (Terms.Contains(term)) return true;
        foreach (var p in Prefixes)
            if (term.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }
}
