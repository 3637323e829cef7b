namespace ArabicEventExtraction.Dates;

/// <summary>
/// Turns a found expression into a date range against the publication date (DCT). Without a
/// DCT only what the text alone fixes is resolved; a year is never invented.
/// Choices: "الأسبوع الماضي" = DCT−7 … DCT−1; "هذا الأسبوع" = DCT−6 … DCT; "الأيام الماضية" = DCT−7 … DCT;
/// "هذا العام"/"هذا الشهر" = from its start up to the DCT (not beyond it); "خلال 3 أسابيع" = DCT−21 … DCT;
/// year parts: early = Jan–Mar, middle = Jun–Jul, late = Oct–Dec; winter Y = Dec (Y−1) … Feb Y;
/// a month named without a year is the latest such month on or before the DCT month ("الماضي": strictly before).
/// </summary>
public static partial class DateResolver
{
    public static DateRange? Resolve(DateExpression expression, DateOnly? dct)
    {
        switch (expression.Kind)
        {
            case DateMentionKind.Since:
                if (dct is null || Resolve(expression.From, dct) is not { } since) return null;
                // "منذ" a date after publication resolves to nothing rather than a backwards period.
                return since.Start.FirstDay <= dct.Value ? new DateRange(since.Start, PartialDate.Of(dct.Value)) : null;
            case DateMentionKind.Period when expression.To is not null:
                var (first, second) = ShareMissingParts(expression.From, expression.To);
                if (Resolve(first, dct) is not { } start || Resolve(second, dct) is not { } end) return null;
                return start.Start.FirstDay <= end.End.LastDay ? new DateRange(start.Start, end.End) : null;
            default:
                return Resolve(expression.From, dct);
        }
    }

    public static DateRange? Resolve(DateReference r, DateOnly? dct) =>
        r.Shift == 0 ? ResolveUnshifted(r, dct) : ResolveUnshifted(r with { Shift = 0 }, dct) is { } v ? ApplyShift(v, r.Shift, r.ShiftUnit) : null;

    private static DateRange? ResolveUnshifted(DateReference r, DateOnly? dct) => r.Kind switch
    {
        DateReferenceKind.Calendar => r.IsHijri ? ResolveHijri(r, dct) : ResolveCalendar(r, dct),
        DateReferenceKind.RelativeDay when dct is { } d => Day(d.AddDays(r.Amount ?? 0)),
        DateReferenceKind.Weekday when dct is { } d && r.Weekday is { } w => Day(ResolveWeekday(w, r.Relation, d)),
        DateReferenceKind.RelativeUnit when dct is { } d => ResolveRelativeUnit(r, d),
        DateReferenceKind.Ago when dct is { } d => ResolveAgo(r, d),
        DateReferenceKind.Recent when dct is { } d => ResolveRecent(r, d),
        DateReferenceKind.Decade when r.Year is { } y => DecadePart(y, r.Part),
        DateReferenceKind.ConflictSoFar when dct is { } d => ResolveConflictSoFar(r, d),
        DateReferenceKind.DctAnniversary when dct is { } d && r.Year is { } y && d.Day <= DateTime.DaysInMonth(y, d.Month) => DateRange.Single(new PartialDate(y, d.Month, d.Day)),
        _ => null,
    };

    /// <summary>"من 19 إلى 25 أيلول 2016": the first end takes month and year from the second, and the other way round.</summary>
    public static (DateReference From, DateReference To) ShareMissingParts(DateReference first, DateReference second)
    {
        if (first.Kind != DateReferenceKind.Calendar && first.Kind != DateReferenceKind.RelativeUnit) return (first, second);
        if (first.Kind == DateReferenceKind.Calendar && first.Month is null && first.Day is not null && second.Month is not null)
            first = second with { Day = first.Day, Part = PeriodPart.Whole };
        // "بين 15 و20 من الشهر الجاري"
        if (first.Kind == DateReferenceKind.Calendar && first.Month is null && first.Day is not null && second is { Kind: DateReferenceKind.RelativeUnit, Unit: CalendarUnit.Month, Day: not null })
            first = second with { Day = first.Day };
        if (first.Kind == DateReferenceKind.Calendar && second.Kind == DateReferenceKind.Calendar && first.IsHijri == second.IsHijri)
        {
            if (first.Year is null && second.Year is not null && first.Month is not null && second.Month is not null)
                first = first with { Year = first.Month <= second.Month ? second.Year : second.Year - 1 };
            if (second.Year is null && first.Year is not null && second.Month is not null && first.Month is not null)
                second = second with { Year = second.Month >= first.Month ? first.Year : first.Year + 1 };
        }
        return (first, second);
    }

    private static DateRange Day(DateOnly d) => DateRange.Single(PartialDate.Of(d));

    private static DateRange? ResolveCalendar(DateReference r, DateOnly? dct)
    {
        var year = r.Year;
        if (year is null)
        {
            if (r.Month is null || dct is null) return null;
            year = InferYear(r.Month.Value, dct.Value.Month, dct.Value.Year, r.Relation);
        }
        if (year is < 1 or > 9998) return null;
        if (r.Month is not { } month) return YearPart(year.Value, r.Part);
        if (r.Day is { } day)
            return day <= DateTime.DaysInMonth(year.Value, month) ? DateRange.Single(new PartialDate(year.Value, month, day)) : null;
        return MonthPart(year.Value, month, r.Part);
    }

    private static int InferYear(int month, int dctMonth, int dctYear, TemporalRelation relation) => relation switch
    {
        TemporalRelation.Current => dctYear,
        TemporalRelation.Past => month < dctMonth ? dctYear : dctYear - 1,
        TemporalRelation.Next => month > dctMonth ? dctYear : dctYear + 1,
        TemporalRelation.BeforeLast => (month < dctMonth ? dctYear : dctYear - 1) - 1,
        _ => month <= dctMonth ? dctYear : dctYear - 1,
    };

    private static DateRange? ResolveHijri(DateReference r, DateOnly? dct)
    {
        var year = r.Year;
        if (year is null)
        {
            if (r.Month is null || dct is null || HijriDates.FromGregorian(dct.Value) is not { } now) return null;
            year = InferYear(r.Month.Value, now.Month, now.Year, r.Relation);
        }
        if (r.Month is not { } month)
            return HijriDates.YearBounds(year.Value) is { } y ? new DateRange(PartialDate.Of(y.First), PartialDate.Of(y.Last)) : null;
        if (r.Day is { } day)
            return HijriDates.ToGregorian(year.Value, month, day) is { } d ? Day(d) : null;
        return HijriDates.MonthBounds(year.Value, month) is { } m ? new DateRange(PartialDate.Of(m.First), PartialDate.Of(m.Last)) : null;
    }

    private static DateOnly ResolveWeekday(DayOfWeek weekday, TemporalRelation relation, DateOnly dct)
    {
        var back = ((int)dct.DayOfWeek - (int)weekday + 7) % 7;
        return relation switch
        {
            TemporalRelation.Past => dct.AddDays(back == 0 ? -7 : -back),
            TemporalRelation.Next => dct.AddDays(back == 0 ? 7 : 7 - back),
            TemporalRelation.BeforeLast => dct.AddDays(back == 0 ? -14 : -back - 7),
            _ => dct.AddDays(-back),
        };
    }

    private static DateRange? ResolveRelativeUnit(DateReference r, DateOnly dct)
    {
        var offset = r.Relation switch { TemporalRelation.Past => -1, TemporalRelation.BeforeLast => -2, TemporalRelation.Next => 1, _ => 0 };
        switch (r.Unit)
        {
            case CalendarUnit.Week:
                return r.Relation switch
                {
                    TemporalRelation.Past => new DateRange(PartialDate.Of(dct.AddDays(-7)), PartialDate.Of(dct.AddDays(-1))),
                    TemporalRelation.BeforeLast => new DateRange(PartialDate.Of(dct.AddDays(-14)), PartialDate.Of(dct.AddDays(-8))),
                    TemporalRelation.Next => new DateRange(PartialDate.Of(dct.AddDays(1)), PartialDate.Of(dct.AddDays(7))),
                    _ => new DateRange(PartialDate.Of(dct.AddDays(-6)), PartialDate.Of(dct)),
                };
            case CalendarUnit.Month:
                var month = new DateOnly(dct.Year, dct.Month, 1).AddMonths(offset);
                if (r.Day is { } day)
                    return day <= DateTime.DaysInMonth(month.Year, month.Month) ? DateRange.Single(new PartialDate(month.Year, month.Month, day)) : null;
                if (offset == 0 && r.Part == PeriodPart.Whole) return new DateRange(new PartialDate(dct.Year, dct.Month), PartialDate.Of(dct));
                return MonthPart(month.Year, month.Month, r.Part);
            case CalendarUnit.Year when r.Month is { } named:
                // "مارس من العام الماضي"
                return ResolveCalendar(DateReference.Calendar(dct.Year + offset, named, r.Day) with { Part = r.Part }, dct);
            case CalendarUnit.Year:
                if (offset == 0 && r.Part == PeriodPart.Whole) return new DateRange(new PartialDate(dct.Year), PartialDate.Of(dct));
                return YearPart(dct.Year + offset, r.Part);
            default:
                return null;
        }
    }

    private static DateRange? ResolveAgo(DateReference r, DateOnly dct)
    {
        if (r.Amount is null && r.Unit == CalendarUnit.Hour) return Day(dct); // "قبل ساعات"
        if (r.Amount is not { } n || n < 0 || n > 500) return null;
        return r.Unit switch
        {
            CalendarUnit.Hour => Day(dct.AddDays(-(n / 24))),
            CalendarUnit.Day => Day(dct.AddDays(-n)),
            CalendarUnit.Week => Day(dct.AddDays(-7 * n)),
            CalendarUnit.Month => DateRange.Single(new PartialDate(dct.AddMonths(-n).Year, dct.AddMonths(-n).Month)),
            CalendarUnit.Year => DateRange.Single(new PartialDate(dct.Year - n)),
            CalendarUnit.Decade => DateRange.Single(new PartialDate(dct.Year - 10 * n)),
            _ => null,
        };
    }

    private static DateRange? ResolveRecent(DateReference r, DateOnly dct)
    {
        var end = PartialDate.Of(dct);
        DateOnly? start = r.Unit switch
        {
            CalendarUnit.Hour => dct.AddDays(-Math.Max(1, ((r.Amount ?? 24) + 23) / 24)),
            CalendarUnit.Day => dct.AddDays(-(r.Amount ?? 7)),
            CalendarUnit.Week when r.Amount is { } w => dct.AddDays(-7 * w),
            CalendarUnit.Month when r.Amount is { } m => dct.AddMonths(-m),
            CalendarUnit.Year when r.Amount is { } y => dct.AddYears(-y),
            _ => null,
        };
        if (start is not { } s || s.Year <= 1) return null;
        // "خلال السنوات السبع الماضية" reaches back to a year, not to a day of it.
        return r.Unit switch
        {
            CalendarUnit.Year => new DateRange(new PartialDate(s.Year), end),
            _ => new DateRange(PartialDate.Of(s), end),
        };
    }

    private static DateRange YearPart(int year, PeriodPart part) => part switch
    {
        PeriodPart.Early or PeriodPart.Q1 => Months(year, 1, 3),
        PeriodPart.Middle => Months(year, 6, 7),
        PeriodPart.Late or PeriodPart.Q4 => Months(year, 10, 12),
        PeriodPart.FirstHalf => Months(year, 1, 6),
        PeriodPart.SecondHalf => Months(year, 7, 12),
        PeriodPart.Q2 => Months(year, 4, 6),
        PeriodPart.Q3 => Months(year, 7, 9),
        PeriodPart.Spring => Months(year, 3, 5),
        PeriodPart.Summer => Months(year, 6, 8),
        PeriodPart.Autumn => Months(year, 9, 11),
        PeriodPart.Winter => new DateRange(new PartialDate(year - 1, 12), new PartialDate(year, 2)),
        PeriodPart.Week1 => Days(year, 1, 1, 7),
        PeriodPart.LastWeek => Days(year, 12, 25, 31),
        _ => DateRange.Single(new PartialDate(year)),
    };

    private static DateRange Days(int year, int month, int first, int last) => new(new PartialDate(year, month, first), new PartialDate(year, month, last));

    private static DateRange Months(int year, int first, int last) => new(new PartialDate(year, first), new PartialDate(year, last));

    private static DateRange MonthPart(int year, int month, PeriodPart part) => part switch
    {
        PeriodPart.Week1 => Days(year, month, 1, 7),
        PeriodPart.Week2 => Days(year, month, 8, 14),
        PeriodPart.Week3 => Days(year, month, 15, 21),
        PeriodPart.Week4 => Days(year, month, 22, 28),
        PeriodPart.LastWeek => Days(year, month, DateTime.DaysInMonth(year, month) - 6, DateTime.DaysInMonth(year, month)),
        PeriodPart.FirstHalf => new DateRange(new PartialDate(year, month, 1), new PartialDate(year, month, 15)),
        PeriodPart.SecondHalf => new DateRange(new PartialDate(year, month, 16), new PartialDate(year, month, DateTime.DaysInMonth(year, month))),
        // "منتصف تشرين الثاني" is read as the 15th, as annotators and most reports mean it.
        PeriodPart.Middle => DateRange.Single(new PartialDate(year, month, 15)),
        _ => DateRange.Single(new PartialDate(year, month)),
    };
}
