namespace ArabicEventExtraction.Dates;

/// <summary>A word, digit run or punctuation mark of the normalized text, with its [Start, End) there.</summary>
public readonly record struct DateToken(int Start, int End, DateTokenKind Kind, string Text)
{
    /// <summary>A line break separates this token from the previous one (or it opens the text).</summary>
    public bool StartsLine { get; init; }

    /// <summary>For a word: the word without its proclitics, longest first (see <see cref="Clitics"/>).</summary>
    public (string Stem, int PrefixLength)[] Stems { get; init; } = [];

    public bool IsWord => Kind == DateTokenKind.Word;
    public bool IsNumber => Kind == DateTokenKind.Number;
    public bool IsPunctuation(char c) => Kind == DateTokenKind.Punctuation && Text[0] == c;
}
