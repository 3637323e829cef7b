namespace ArabicEventExtraction.Numbers;

/// <summary>
/// A partly read number phrase: its value so far, the scale of its last group (1 when the last
/// group has none) and the atom after it.
/// </summary>
internal readonly record struct NumberPart(decimal Value, decimal Scale, int End, bool HasDigits, bool HasWords, bool HadFraction);
