using ArabicEventExtraction.Search.Storage;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Search.Tests.Storage;

public class DateTokensTests
{
    private static readonly DateOnly Origin = new(2000, 1, 1);

    private static Gen<(DateOnly, DateOnly)> Periods(int maxDays) =>
        from start in Gen.Choose(0, 12_000)
        from length in Gen.Choose(0, maxDays)
        select (Origin.AddDays(start), Origin.AddDays(start + length));

    [Fact]
    public void A_window_overlapping_a_period_always_shares_a_date_term_with_it()
    {
        var gen = from period in Gen.OneOf(Periods(40), Periods(800), Periods(15_000))
                  from window in Gen.OneOf(Periods(40), Periods(500), Periods(3_000), Periods(15_000))
                  select (period, window);
        Prop.ForAll(gen.ToArbitrary(), pw =>
        {
            var ((pFrom, pTo), (wFrom, wTo)) = pw;
            var overlaps = pFrom <= wTo && wFrom <= pTo;
            if (!overlaps || DateTokens.Query(wFrom, wTo) is not { } query) return true;
            var indexed = DateTokens.For([(pFrom, pTo)]).Split(' ').ToHashSet();
            return query.Split(" OR ").Any(indexed.Contains);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Terms_are_months_and_years()
    {
        Assert.Equal("m201611 m201612 y2016", DateTokens.For([(new DateOnly(2016, 11, 15), new DateOnly(2016, 12, 13))]));
        Assert.Equal("m201612 OR m201701 OR mlong", DateTokens.Query(new DateOnly(2016, 12, 20), new DateOnly(2017, 1, 5)));
    }
}
