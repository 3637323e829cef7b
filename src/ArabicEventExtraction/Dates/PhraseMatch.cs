namespace ArabicEventExtraction.Dates;

/// <summary>A lexicon phrase found at a token: its value, the token after it, and the clitic letters skipped on its first word.</summary>
public readonly record struct PhraseMatch<T>(T Value, int Next, int PrefixLength);
