namespace ArabicEventExtraction.Actors;

/// <summary>Generates the forms a data file lists once: the article, the feminine ending.</summary>
internal static class WordForms
{
    /// <summary>روسي → روسي, روسيه, الروسي, الروسيه (folded spelling).</summary>
    public static IEnumerable<string> Adjective(string folded)
    {
        var bare = WithoutArticle(folded);
        yield return bare;
        yield return "ال" + bare;
        if (bare.EndsWith('ي'))
        {
            yield return bare + "ه";
            yield return "ال" + bare + "ه";
        }
    }

    /// <summary>غارات → غارات, الغارات.</summary>
    public static IEnumerable<string> Noun(string folded)
    {
        var bare = WithoutArticle(folded);
        yield return bare;
        yield return "ال" + bare;
    }

    private static string WithoutArticle(string folded) =>
        folded.StartsWith("ال", StringComparison.Ordinal) && folded.Length > 4 ? folded[2..] : folded;
}
