namespace ArabicEventExtraction.Text;

/// <summary>A word or punctuation mark of the normalized text, [Start, End) in normalized offsets.</summary>
public readonly record struct ScannedWord(string Norm, int Start, int End, bool IsPunctuation)
{
    /// <summary>True for marks that close a clause: . ! ? ; : and line breaks.</summary>
    public bool EndsSentence => IsPunctuation && Norm is "." or "!" or "?" or ";" or "\n" or ":";

    public bool IsComma => IsPunctuation && Norm is "," or "-" or "–" or "(" or ")" or "\"" or "«" or "»";
}
