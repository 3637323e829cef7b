namespace ArabicEventExtraction.Actors;

/// <summary>Shape tests on folded words: the article, the nisba (relational adjective) ending.</summary>
internal static class WordShape
{
    public static bool IsDefinite(ReadOnlySpan<char> word) => word.Length > 3 && word.StartsWith("ال");

    /// <summary>سوري, السوريه, اللبنانيين, الحوثيون.</summary>
    public static bool IsNisba(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("ي") || word.EndsWith("يه") || word.EndsWith("يين") || word.EndsWith("يون"));
}
