using System.Text;
using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Search.Storage;

namespace ArabicEventExtraction.Search.Querying;

/// <summary>
/// Reads the search syntax: words (all required), "exact phrases", a OR b, -excluded, prefix*.
/// Every word goes through the same analyzer as the index, so أطفال finds الطفلين.
/// </summary>
public sealed class QueryParser(ArabicAnalyzer analyzer)
{
    private sealed record Item(string? Fts, bool Negative, bool IsOr);

    public ParsedQuery Parse(string query)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var items = Lex(query, terms, prefixes);
        var groups = new List<List<string>>();
        var negatives = new List<string>();
        var joinNext = false;
        foreach (var item in items)
        {
            if (item.IsOr)
            {
                joinNext = groups.Count > 0;
                continue;
            }
            if (item.Fts is null)
            {
                joinNext = false;
                continue;
            }
            if (item.Negative)
            {
                negatives.Add(item.Fts);
                joinNext = false;
                continue;
            }
            if (joinNext) groups[^1].Add(item.Fts);
            else groups.Add([item.Fts]);
            joinNext = false;
        }
        if (groups.Count == 0)
        {
            throw new SearchStoreException(negatives.Count > 0
                ? $"the query \"{query}\" only excludes words; add at least one word to find"
                : $"the query \"{query}\" has no searchable words (only stop words or punctuation)");
        }
        var match = string.Join(" AND ", groups.Select(g => g.Count == 1 ? g[0] : "(" + string.Join(" OR ", g) + ")"));
        if (negatives.Count > 0) match = $"({match}) NOT ({string.Join(" OR ", negatives)})";
        return new ParsedQuery(match, terms, prefixes);
    }

    private List<Item> Lex(string query, HashSet<string> terms, List<string> prefixes)
    {
        var items = new List<Item>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
            }
            var negative = query[i] == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]);
            if (negative) i++;
            if (query[i] == '"')
            {
                var close = query.IndexOf('"', i + 1);
                var end = close < 0 ? query.Length : close;
                var phrase = analyzer.Terms(query[(i + 1)..end]);
                items.Add(new Item(Phrase(phrase, negative ? null : terms), negative, false));
                i = close < 0 ? query.Length : close + 1;
                continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"') i++;
            var word = query[start..i];
            if (!negative && (word == "OR" || word == "|"))
            {
                items.Add(new Item(null, false, true));
                continue;
            }
            if (word.EndsWith('*') && word.TrimEnd('*').Length > 0)
            {
                var prefix = analyzer.PrefixTerm(word.TrimEnd('*'));
                if (!negative && prefix is not null) prefixes.Add(prefix);
                items.Add(new Item(prefix is null ? null : Quote(prefix) + "*", negative, false));
                continue;
            }
            items.Add(new Item(Phrase(analyzer.Terms(word), negative ? null : terms), negative, false));
        }
        return items;
    }

    private static string? Phrase(IReadOnlyList<string> words, HashSet<string>? highlight)
    {
        if (words.Count == 0) return null;
        foreach (var w in words) highlight?.Add(w);
        return Quote(string.Join(' ', words));
    }

    // Terms are letters and digits only; quoting keeps FTS5 from reading any of them as an operator.
    private static string Quote(string s) => new StringBuilder(s.Length + 2).Append('"').Append(s.Replace("\"", "\"\"")).Append('"').ToString();
}
