namespace ArabicEventExtraction.Actors;

/// <summary>
/// A word of the normalized text, [Start, End) in normalized offsets. BreakBefore is set when hard
/// punctuation (, . ; : ! ? line break) separates it from the previous word; Sentence counts the
/// sentence-ending marks before it.
/// </summary>
internal readonly record struct Word(int Start, int End, bool BreakBefore, int Sentence)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
