namespace ArabicEventExtraction.Dates;

public enum DateTokenKind
{
    Word,
    Number,
    Punctuation,
}
