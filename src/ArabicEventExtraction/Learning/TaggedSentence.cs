namespace ArabicEventExtraction.Learning;

/// <summary>A sentence of tokens with one BIO tag each; Line is where it starts in its source (1-based, 0 if unknown).</summary>
public sealed record TaggedSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    public int Line { get; init; }
}
