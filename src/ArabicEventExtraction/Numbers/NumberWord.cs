namespace ArabicEventExtraction.Numbers;

/// <summary>One lexicon entry: its role, its value (a scale's magnitude) and, for vague words, a range.</summary>
internal sealed record NumberWord(NumberWordKind Kind, long Value, long Low = 0, long High = 0);
