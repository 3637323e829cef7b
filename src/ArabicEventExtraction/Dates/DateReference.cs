namespace ArabicEventExtraction.Dates;

/// <summary>
/// What one end of a temporal expression says, before it is resolved against the publication
/// date. Which fields matter depends on <see cref="Kind"/>.
/// </summary>
public sealed record DateReference(DateReferenceKind Kind)
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    /// <summary>Day, month and year are Hijri ("5 رمضان 1439 هـ").</summary>
    public bool IsHijri { get; init; }
    public TemporalRelation Relation { get; init; }
    public PeriodPart Part { get; init; }
    public DayOfWeek? Weekday { get; init; }
    public CalendarUnit Unit { get; init; }
    /// <summary>
    /// Days for RelativeDay; units for Ago, Recent and ConflictSoFar (null when the text says only "أيام");
    /// for Anaphoric the units after the earlier date (0 "نفسه", 1 "التالي", −1 "السابق").
    /// </summary>
    public int? Amount { get; init; }
    /// <summary>"قبل يومين من الانتخابات التي جرت في 12 مايو": units of <see cref="ShiftUnit"/> added to the resolved date.</summary>
    public int Shift { get; init; }
    public CalendarUnit ShiftUnit { get; init; }

    public static DateReference Calendar(int? year, int? month, int? day) =>
        new(DateReferenceKind.Calendar) { Year = year, Month = month, Day = day };
}
