namespace ArabicEventExtraction.Dates;

/// <summary>Decades, a conflict so far, shifts from another event's date, and dates counted from an earlier date of the text.</summary>
public static partial class DateResolver
{
    /// <summary>
    /// "اليوم التالي", "الشهر نفسه", "15 من الشهر نفسه": counted from <paramref name="anchor"/>, the nearest
    /// earlier date of the text; null when the anchor is less precise than the unit.
    /// </summary>
    public static DateRange? ResolveAnaphor(DateReference r, PartialDate anchor)
    {
        if (r.Kind != DateReferenceKind.Anaphoric || r.Amount is not { } n) return null;
        switch (r.Unit)
        {
            case CalendarUnit.Day when anchor.Day is not null:
                return DateRange.Single(PartialDate.Of(anchor.FirstDay.AddDays(n)));
            case CalendarUnit.Month when anchor.Month is { } m:
                var month = new DateOnly(anchor.Year, m, 1).AddMonths(n);
                if (r.Day is not { } day) return DateRange.Single(new PartialDate(month.Year, month.Month));
                return day <= DateTime.DaysInMonth(month.Year, month.Month) ? DateRange.Single(new PartialDate(month.Year, month.Month, day)) : null;
            case CalendarUnit.Year when r.Month is { } named:
                // "يناير من السنة ذاتها", "5 يناير من العام التالي"
                if (r.Day is { } d && d > DateTime.DaysInMonth(anchor.Year + n, named)) return null;
                return DateRange.Single(new PartialDate(anchor.Year + n, named, r.Day));
            case CalendarUnit.Year:
                return DateRange.Single(new PartialDate(anchor.Year + n));
            default:
                return null;
        }
    }

    /// <summary>"بعد سبع سنوات من الحرب": from that many units before the DCT, at the unit's precision, to the DCT.</summary>
    private static DateRange? ResolveConflictSoFar(DateReference r, DateOnly dct)
    {
        if (r.Amount is not { } n || n < 0 || n > 100) return null;
        PartialDate? start = r.Unit switch
        {
            CalendarUnit.Decade => new PartialDate(dct.Year - 10 * n),
            CalendarUnit.Year => new PartialDate(dct.Year - n),
            CalendarUnit.Month => new PartialDate(dct.AddMonths(-n).Year, dct.AddMonths(-n).Month),
            CalendarUnit.Week => PartialDate.Of(dct.AddDays(-7 * n)),
            CalendarUnit.Day => PartialDate.Of(dct.AddDays(-n)),
            _ => null,
        };
        return start is { } s && s.Year > 1 ? new DateRange(s, PartialDate.Of(dct)) : null;
    }

    /// <summary>"قبل يومين من X" with X dated: the date moved by the amount, if X is dated precisely enough.</summary>
    private static DateRange? ApplyShift(DateRange v, int shift, CalendarUnit unit)
    {
        if (v.Start != v.End) return null;
        var d = v.Start;
        return unit switch
        {
            CalendarUnit.Day or CalendarUnit.Week or CalendarUnit.Hour when d.Day is not null =>
                DateRange.Single(PartialDate.Of(d.FirstDay.AddDays(unit == CalendarUnit.Week ? 7 * shift : unit == CalendarUnit.Hour ? shift / 24 : shift))),
            CalendarUnit.Month when d.Month is not null => DateRange.Single(new PartialDate(d.FirstDay.AddMonths(shift).Year, d.FirstDay.AddMonths(shift).Month)),
            CalendarUnit.Year => DateRange.Single(new PartialDate(d.Year + shift)),
            CalendarUnit.Decade => DateRange.Single(new PartialDate(d.Year + 10 * shift)),
            _ => null,
        };
    }

    /// <summary>A decade or its part: early = its first four years, middle = the next three, late = the last three.</summary>
    private static DateRange DecadePart(int first, PeriodPart part) => part switch
    {
        PeriodPart.Early => Years(first, first + 3),
        PeriodPart.Middle => Years(first + 4, first + 6),
        PeriodPart.Late => Years(first + 7, first + 9),
        PeriodPart.FirstHalf => Years(first, first + 4),
        PeriodPart.SecondHalf => Years(first + 5, first + 9),
        _ => Years(first, first + 9),
    };

    private static DateRange Years(int first, int last) => new(new PartialDate(first), new PartialDate(last));
}
