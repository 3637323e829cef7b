namespace ArabicEventExtraction.Dates;

/// <summary>Stems of a word with leading conjunctions and prepositions removed: وفي → في, والاثنين → الاثنين, للعام → العام.</summary>
public static class Clitics
{
    private static readonly (string, int)[] None = [];

    /// <summary>The stems, longest first; empty when the word starts with no clitic letter.</summary>
    public static (string Stem, int PrefixLength)[] Strip(string word)
    {
        if (word.Length < 3 || word[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) return None;
        var stems = new List<(string, int)>(3);
        var at = 0;
        if (word[0] is 'و' or 'ف')
        {
            at = 1;
            stems.Add((word[1..], 1));
        }
        if (word.Length - at > 3 && word[at] == 'ل' && word[at + 1] == 'ل')
            stems.Add(("ا" + word[(at + 1)..], at + 1));
        if (word.Length - at > 2 && word[at] is 'ب' or 'ل' or 'ك')
            stems.Add((word[(at + 1)..], at + 1));
        return stems.Count == 0 ? None : [.. stems];
    }
}
