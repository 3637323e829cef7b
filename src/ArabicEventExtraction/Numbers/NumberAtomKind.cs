namespace ArabicEventExtraction.Numbers;

internal enum NumberAtomKind
{
    Digits,
    Word,
    /// <summary>A free-standing "و" (or one glued to the digits after it, "و71").</summary>
    Conjunction,
}
