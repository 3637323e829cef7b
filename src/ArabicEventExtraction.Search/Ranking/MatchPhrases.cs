using System.Text;

namespace ArabicEventExtraction.Search.Ranking;

/// <summary>
/// The phrases of a MATCH expression built by the searcher (<c>terms : (...) AND dates : (...)</c>), in the
/// order FTS5 numbers them: the order they are written in. Reads quoted phrases (with <c>""</c> escapes
/// and an optional prefix <c>*</c>), bare words, the operators AND, OR, NOT and column filters.
/// </summary>
internal static class MatchPhrases
{
    public static List<MatchPhrase> Of(string expression)
    {
        var phrases = new List<MatchPhrase>();
        var column = "";
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c == '"')
            {
                var text = new StringBuilder().Append('"');
                i++;
                while (i < expression.Length)
                {
                    if (expression[i] == '"' && i + 1 < expression.Length && expression[i + 1] == '"')
                    {
                        text.Append("\"\"");
                        i += 2;
                        continue;
                    }
                    if (expression[i] == '"') break;
                    text.Append(expression[i++]);
                }
                text.Append('"');
                i++;
                var after = i;
                while (after < expression.Length && expression[after] == ' ') after++;
                if (after < expression.Length && expression[after] == '*')
                {
                    text.Append('*');
                    i = after + 1;
                }
                phrases.Add(new MatchPhrase(column, text.ToString()));
                continue;
            }
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                var start = i;
                while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] == '_')) i++;
                var word = expression[start..i];
                var next = i;
                while (next < expression.Length && expression[next] == ' ') next++;
                if (next < expression.Length && expression[next] == ':') column = word;
                else if (word is not ("AND" or "OR" or "NOT")) phrases.Add(new MatchPhrase(column, word));
                continue;
            }
            i++;
        }
        return phrases;
    }
}
