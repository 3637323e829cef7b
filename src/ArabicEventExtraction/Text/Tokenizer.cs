namespace ArabicEventExtraction.Text;

/// <summary>Splits text into tokens, separating proclitics and the article from their stems.</summary>
public sealed class Tokenizer
{
    public static Tokenizer Default { get; } = new();

    public IReadOnlyList<Token> Tokenize(NormalizedText text)
    {
        // Placeholder until the clitic-aware tokenizer lands.
        return [];
    }
}
