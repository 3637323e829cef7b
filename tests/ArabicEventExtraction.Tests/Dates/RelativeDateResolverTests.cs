using ArabicEventExtraction.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Dates;

/// <summary>Properties of the conflict-so-far, "قبل الماضي", decade and anaphoric resolutions.</summary>
public class RelativeDateResolverTests
{
    private static readonly Gen<DateOnly> Dcts = Gen.Choose(0, 365 * 40).Select(d => new DateOnly(1995, 1, 1).AddDays(d));

    [Fact]
    public void A_conflict_so_far_ends_at_the_dct_and_starts_that_many_years_before_it()
    {
        Prop.ForAll(Dcts.ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), (dct, years) =>
        {
            var reference = new DateReference(DateReferenceKind.ConflictSoFar) { Unit = CalendarUnit.Year, Amount = years };
            var value = DateResolver.Resolve(reference, dct)!.Value;
            return value.End == PartialDate.Of(dct) && value.Start == new PartialDate(dct.Year - years);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_weekday_before_last_is_a_week_before_the_last_one()
    {
        Prop.ForAll(Dcts.ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (dct, w) =>
        {
            var last = new DateReference(DateReferenceKind.Weekday) { Weekday = (DayOfWeek)w, Relation = TemporalRelation.Past };
            var beforeLast = last with { Relation = TemporalRelation.BeforeLast };
            var a = DateResolver.Resolve(last, dct)!.Value.Start.FirstDay;
            var b = DateResolver.Resolve(beforeLast, dct)!.Value.Start.FirstDay;
            return a.DayNumber - b.DayNumber == 7;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_year_before_last_is_two_years_before_the_dct()
    {
        Prop.ForAll(Dcts.ToArbitrary(), dct =>
        {
            var reference = new DateReference(DateReferenceKind.RelativeUnit) { Unit = CalendarUnit.Year, Relation = TemporalRelation.BeforeLast };
            return DateResolver.Resolve(reference, dct) == DateRange.Single(new PartialDate(dct.Year - 2));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_anaphoric_day_counts_from_its_anchor_and_needs_a_day()
    {
        Prop.ForAll(Dcts.ToArbitrary(), Gen.Choose(-1, 1).ToArbitrary(), (anchor, n) =>
        {
            var reference = new DateReference(DateReferenceKind.Anaphoric) { Unit = CalendarUnit.Day, Amount = n };
            var value = DateResolver.ResolveAnaphor(reference, PartialDate.Of(anchor));
            var vague = DateResolver.ResolveAnaphor(reference, new PartialDate(anchor.Year, anchor.Month));
            return value == DateRange.Single(PartialDate.Of(anchor.AddDays(n))) && vague is null;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_decade_spans_its_ten_years_whatever_the_dct()
    {
        var reference = new DateReference(DateReferenceKind.Decade) { Year = 1990 };
        Assert.Equal(new DateRange(new PartialDate(1990), new PartialDate(1999)), DateResolver.Resolve(reference, null));
        Assert.Equal(new DateRange(new PartialDate(1997), new PartialDate(1999)), DateResolver.Resolve(reference with { Part = PeriodPart.Late }, null));
    }

    [Fact]
    public void A_shift_needs_a_date_as_precise_as_its_unit()
    {
        var day = DateReference.Calendar(2018, 5, 12) with { Shift = -2, ShiftUnit = CalendarUnit.Day };
        var month = DateReference.Calendar(2018, 5, null) with { Shift = -2, ShiftUnit = CalendarUnit.Day };
        Assert.Equal(DateRange.Single(new PartialDate(2018, 5, 10)), DateResolver.Resolve(day, null));
        Assert.Null(DateResolver.Resolve(month, null));
    }
}
