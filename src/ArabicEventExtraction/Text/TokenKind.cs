namespace ArabicEventExtraction.Text;

public enum TokenKind
{
    Word,
    /// <summary>A proclitic split off a word: و ف ب ل ك س.</summary>
    Proclitic,
    /// <summary>The article ال split off a word.</summary>
    Article,
    Number,
    Punctuation,
    Symbol,
}
