using System.Text;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// Writes a misspelt copy of a labelled document: in every other gold figure, one letter of its victim
/// noun becomes a letter of the same shape ("جريحا" → "جريجا"), in the text and in the gold figure's
/// text alike. The rules no longer know the noun, so the copy teaches the classifier the numbers
/// the rules leave alone. Letters are swapped one for one, so no offset moves; the choice of
/// figures and letters depends only on the document id and the seed.
/// </summary>
public static class FigureTypoAugmenter
{
    public const string IdSuffix = "~typos";

    /// <summary>The misspelt copy (id + "~typos"), or null when no figure has a noun to misspell.</summary>
    public static (Document Document, IReadOnlyList<GoldFigure> Gold)? Misspell(Document document, IReadOnlyList<GoldFigure> gold, int seed)
    {
        var text = document.Text.ToCharArray();
        var changed = new List<GoldFigure>(gold.Count);
        var spans = new List<(int Start, int Length)>(gold.Count);
        var cursor = 0;
        var any = false;
        for (var i = 0; i < gold.Count; i++)
        {
            var figure = gold[i];
            var at = document.Text.IndexOf(figure.Text, cursor, StringComparison.Ordinal);
            if (at < 0) at = document.Text.IndexOf(figure.Text, StringComparison.Ordinal);
            if (at >= 0) cursor = at;
            spans.Add((at, figure.Text.Length));
            var hash = Mix((ulong)seed, document.Id, i);
            if (at < 0 || (hash & 1) != 0) continue;
            any |= MisspellNoun(text, at, figure.Text.Length, hash >> 1);
        }
        if (!any) return null;
        var misspelt = new string(text);
        for (var i = 0; i < gold.Count; i++)
            changed.Add(spans[i].Start < 0 ? gold[i] : gold[i] with { Text = misspelt.Substring(spans[i].Start, spans[i].Length) });
        return (document with { Id = document.Id + IdSuffix, Text = misspelt }, changed);
    }

    /// <summary>Swaps one inner letter of the first victim noun in text[start, start + length).</summary>
    private static bool MisspellNoun(char[] text, int start, int length, ulong hash)
    {
        var end = start + length;
        for (var i = start; i < end;)
        {
            while (i < end && !char.IsLetter(text[i])) i++;
            var wordStart = i;
            while (i < end && char.IsLetter(text[i])) i++;
            if (i - wordStart < 3) continue;
            var word = new string(text, wordStart, i - wordStart);
            if (FigureLexicon.Default.Noun(ArabicNormalizer.Fold(word)) is null) continue;
            var positions = Enumerable.Range(wordStart + 1, i - wordStart - 1).Where(p => LetterConfusions.Of(text[p]).Length > 0).ToList();
            if (positions.Count == 0) continue;
            var position = positions[(int)(hash % (ulong)positions.Count)];
            var options = LetterConfusions.Of(text[position]);
            text[position] = options[(int)(hash / 7 % (ulong)options.Length)];
            return true;
        }
        return false;
    }

    private static ulong Mix(ulong seed, string id, int index)
    {
        var h = 14695981039346656037UL ^ seed;
        foreach (var b in Encoding.UTF8.GetBytes(id + "#" + index))
        {
            h ^= b;
            h *= 1099511628211UL;
        }
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 32);
    }
}
