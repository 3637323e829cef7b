using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Places;

/// <summary>Every Arabic name and variant of a gazetteer, folded and split into words, in a word trie.</summary>
internal sealed class PlaceNameIndex
{
    public PlaceNameIndex(Gazetteer gazetteer)
    {
        foreach (var entry in gazetteer.Entries)
        {
            Add(entry.Name, entry, canonical: true);
            foreach (var v in entry.Variants) Add(v, entry, canonical: false);
        }
    }

    public PlaceNameNode Root { get; } = new();

    public int Names { get; private set; }

    /// <summary>A name folded the way the recognizer sees text, as its words.</summary>
    public static string[] FoldedWords(string name)
    {
        var folded = ArabicNormalizer.Fold(name);
        return PlaceWordScanner.Scan(folded).Select(w => folded[w.Start..w.End]).ToArray();
    }

    private void Add(string name, GazetteerEntry entry, bool canonical)
    {
        if (!HasArabicLetter(name)) return;
        var node = Root;
        foreach (var w in FoldedWords(name)) node = node.GetOrAddChild(w);
        if (node == Root) return;
        node.Add(new PlaceNameMatch(entry, canonical));
        Names++;
    }

    private static bool HasArabicLetter(string s)
    {
        foreach (var c in s) if (c is >= '\u0621' and <= '\u064A') return true;
        return false;
    }
}
