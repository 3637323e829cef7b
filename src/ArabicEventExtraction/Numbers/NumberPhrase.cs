namespace ArabicEventExtraction.Numbers;

/// <summary>A number phrase read from atoms [FirstAtom, EndAtom): an exact value, or a vague range.</summary>
internal readonly record struct NumberPhrase(int FirstAtom, int EndAtom, decimal? Value, NumberForm Form)
{
    public long Low { get; init; }
    public long High { get; init; }
    public bool HadFraction { get; init; }
}
