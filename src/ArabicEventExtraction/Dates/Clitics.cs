namespace ArabicEventExtraction.Dates;

/// <summary>Stems of a word with leading conjunctions and prepositions removed: وفي → في, والاثنين → الاثنين, للعام → العام.</summary>
public static class Clitics
{
    public static IEnumerable<(string Stem, int PrefixLength)> Strip(string word)
    {
        var at = 0;
        if (word.Length > 2 && word[0] is 'و' or 'ف')
        {
            at = 1;
            yield return (word[1..], 1);
        }
        if (word.Length - at > 3 && word[at] == 'ل' && word[at + 1] == 'ل')
            yield return ("ا" + word[(at + 1)..], at + 1);
        if (word.Length - at > 2 && word[at] is 'ب' or 'ل' or 'ك')
            yield return (word[(at + 1)..], at + 1);
    }
}
