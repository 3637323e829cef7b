namespace ArabicEventExtraction.Numbers;

/// <summary>
/// A piece of a possible number phrase: a digit group, a lexicon word or a conjunction.
/// [Start, End) are normalized offsets of the number itself (a prefixed "و" is outside them).
/// </summary>
internal readonly record struct NumberAtom(NumberAtomKind Kind, int Start, int End)
{
    public NumberWord? Word { get; init; }

    /// <summary>Value of a digit group (may have a fraction).</summary>
    public decimal Digits { get; init; }

    public bool HadFraction { get; init; }

    /// <summary>Only spaces or tabs (or nothing) separate this atom from the previous one.</summary>
    public bool Joined { get; init; }

    /// <summary>The word carried a conjunction prefix "و" (وعشرون).</summary>
    public bool HasConjunction { get; init; }

    public NumberWordKind? WordKind => Word?.Kind;
}
