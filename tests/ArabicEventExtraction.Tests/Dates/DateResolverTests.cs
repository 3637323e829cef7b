using ArabicEventExtraction.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Dates;

public class DateResolverTests
{
    private static readonly Gen<DateOnly> Dcts = Gen.Choose(0, 365 * 40).Select(d => new DateOnly(1995, 1, 1).AddDays(d));

    [Fact]
    public void A_weekday_is_the_latest_such_day_on_or_before_the_dct()
    {
        Prop.ForAll(Dcts.ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (dct, w) =>
        {
            var weekday = (DayOfWeek)w;
            var value = DateResolver.Resolve(new DateReference(DateReferenceKind.Weekday) { Weekday = weekday }, dct)!.Value;
            var day = value.Start.FirstDay;
            var back = dct.DayNumber - day.DayNumber;
            return day.DayOfWeek == weekday && back is >= 0 and <= 6 && value.Start == value.End;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_weekday_marked_past_is_strictly_before_the_dct()
    {
        Prop.ForAll(Dcts.ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (dct, w) =>
        {
            var reference = new DateReference(DateReferenceKind.Weekday) { Weekday = (DayOfWeek)w, Relation = TemporalRelation.Past };
            var back = dct.DayNumber - DateResolver.Resolve(reference, dct)!.Value.Start.FirstDay.DayNumber;
            return back is >= 1 and <= 7;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_month_without_year_is_the_latest_such_month_not_after_the_dct()
    {
        Prop.ForAll(Dcts.ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (dct, month) =>
        {
            var value = DateResolver.Resolve(DateReference.Calendar(null, month, null), dct)!.Value;
            var first = value.Start.FirstDay;
            return first.Month == month && first <= dct && first > dct.AddYears(-1) && value.Start.Precision == DatePrecision.Month;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Nothing_relative_resolves_without_a_dct()
    {
        DateReference[] relative =
        [
            new(DateReferenceKind.RelativeDay) { Amount = -1 },
            new(DateReferenceKind.Weekday) { Weekday = DayOfWeek.Monday },
            new(DateReferenceKind.RelativeUnit) { Unit = CalendarUnit.Year, Relation = TemporalRelation.Past },
            new(DateReferenceKind.Ago) { Unit = CalendarUnit.Day, Amount = 2 },
            new(DateReferenceKind.Recent) { Unit = CalendarUnit.Hour },
            DateReference.Calendar(null, 11, 15),
        ];
        Assert.All(relative, r => Assert.Null(DateResolver.Resolve(r, null)));
        Assert.Equal("2016-11-15", DateResolver.Resolve(DateReference.Calendar(2016, 11, 15), null)!.Value.Start.ToString());
    }

    [Fact]
    public void An_impossible_day_resolves_to_nothing()
    {
        Assert.Null(DateResolver.Resolve(DateReference.Calendar(2017, 2, 30), null));
        Assert.Null(DateResolver.Resolve(DateReference.Calendar(null, 4, 31), new DateOnly(2018, 5, 1)));
    }

    [Fact]
    public void A_range_end_lends_its_month_and_year_to_the_start()
    {
        var (from, to) = DateResolver.ShareMissingParts(DateReference.Calendar(null, null, 19), DateReference.Calendar(2016, 9, 25));
        Assert.Equal((2016, 9, 19), (from.Year!.Value, from.Month!.Value, from.Day!.Value));
        Assert.Equal(25, to.Day);
        var (december, january) = DateResolver.ShareMissingParts(DateReference.Calendar(null, 12, 20), DateReference.Calendar(2017, 1, 5));
        Assert.Equal(2016, december.Year);
        Assert.Equal(2017, january.Year);
    }

    [Theory]
    [InlineData(1440, 1, 1, "2018-09-11")]
    [InlineData(1439, 9, 1, "2018-05-16")]
    [InlineData(1437, 12, 10, "2016-09-11")]
    public void Hijri_days_convert_by_umm_al_qura(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, HijriDates.ToGregorian(year, month, day)!.Value.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void Hijri_dates_outside_the_calendar_give_nothing()
    {
        Assert.Null(HijriDates.ToGregorian(1440, 13, 1));
        Assert.Null(HijriDates.ToGregorian(1440, 1, 31));
    }
}
