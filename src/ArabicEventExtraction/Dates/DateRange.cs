namespace ArabicEventExtraction.Dates;

/// <summary>A resolved date or period; a single day has Start == End.</summary>
public readonly record struct DateRange(PartialDate Start, PartialDate End)
{
    public static DateRange Single(PartialDate d) => new(d, d);

    public bool Overlaps(DateRange other) => Start.FirstDay <= other.End.LastDay && other.Start.FirstDay <= End.LastDay;
}
