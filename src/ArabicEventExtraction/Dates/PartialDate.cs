namespace ArabicEventExtraction.Dates;

/// <summary>A calendar date known to year, month or day precision.</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    public static PartialDate Of(DateOnly d) => new(d.Year, d.Month, d.Day);

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the value covers.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the value covers.</summary>
    public DateOnly LastDay => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : Month is not null
            ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
            : new DateOnly(Year, 12, 31);

    /// <summary>ISO form at its precision: 2016, 2016-12 or 2016-12-13.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };
}
