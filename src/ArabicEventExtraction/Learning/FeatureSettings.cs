namespace ArabicEventExtraction.Learning;

/// <summary>Which features the tagger extracts; stored in the model so tagging uses the same ones.</summary>
public sealed record FeatureSettings
{
    /// <summary>Neighbouring words on each side used as features.</summary>
    public int Window { get; init; } = 2;

    /// <summary>Longest prefix and suffix (in characters) of the word and its stem used as features.</summary>
    public int MaxAffixLength { get; init; } = 3;

    /// <summary>
    /// Sentences on each side that form a sentence's document for the second layer's memory of
    /// earlier tags (0: no second layer).
    /// </summary>
    public int DocumentWindow { get; init; } = 30;

    /// <summary>Names of the lexicons whose membership was a feature (empty: none).</summary>
    public IReadOnlyList<string> Lexicons { get; init; } = [];
}
