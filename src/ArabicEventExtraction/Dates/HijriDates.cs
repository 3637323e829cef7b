using System.Globalization;

namespace ArabicEventExtraction.Dates;

/// <summary>Hijri to Gregorian by the Umm al-Qura calendar, falling back to the tabular Hijri calendar outside its range.</summary>
public static class HijriDates
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    public static DateOnly? ToGregorian(int year, int month, int day)
    {
        var calendar = CalendarFor(year);
        try
        {
            if (month < 1 || month > 12 || day < 1 || day > calendar.GetDaysInMonth(year, month)) return null;
            return DateOnly.FromDateTime(calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>First and last Gregorian day of a Hijri month.</summary>
    public static (DateOnly First, DateOnly Last)? MonthBounds(int year, int month)
    {
        var first = ToGregorian(year, month, 1);
        if (first is null) return null;
        try
        {
            return (first.Value, first.Value.AddDays(CalendarFor(year).GetDaysInMonth(year, month) - 1));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>First and last Gregorian day of a Hijri year.</summary>
    public static (DateOnly First, DateOnly Last)? YearBounds(int year)
    {
        var first = MonthBounds(year, 1);
        var last = MonthBounds(year, 12);
        return first is null || last is null ? null : (first.Value.First, last.Value.Last);
    }

    /// <summary>The Hijri year and month of a Gregorian day.</summary>
    public static (int Year, int Month)? FromGregorian(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        try
        {
            var calendar = dt >= UmAlQura.MinSupportedDateTime && dt <= UmAlQura.MaxSupportedDateTime ? (Calendar)UmAlQura : Tabular;
            return (calendar.GetYear(dt), calendar.GetMonth(dt));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static Calendar CalendarFor(int year) => year is >= 1318 and <= 1500 ? UmAlQura : Tabular;
}
