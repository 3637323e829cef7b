namespace ArabicEventExtraction.Learning;

/// <summary>Tokens [Start, End) of a sentence found in a lexicon under Label ("LOC", "ACTOR" ...).</summary>
public readonly record struct LexiconMatch(int Start, int End, string Label);
