using System.Globalization;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Robustness;

/// <summary>Any calendar day written in the usual numeric and month-name forms resolves to exactly that day.</summary>
public class DateRoundTripTests
{
    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    [Fact]
    public void A_written_date_resolves_to_that_day()
    {
        var days = Gen.Choose(0, 365 * 30).Select(d => new DateOnly(2000, 1, 1).AddDays(d));
        var forms = Gen.Choose(0, 2);
        Prop.ForAll(days.ToArbitrary(), forms.ToArbitrary(), (day, form) =>
        {
            var written = form switch
            {
                0 => day.ToString("d/M/yyyy", CultureInfo.InvariantCulture),
                1 => $"{day.Day} {Months[day.Month - 1]} {day.Year}",
                _ => $"{day.Day} {Months[day.Month - 1]} {day.Year}".Replace(day.Year.ToString(CultureInfo.InvariantCulture), ToEastern(day.Year)),
            };
            var text = $"قتل خمسة مدنيين في {written} في قصف.";
            var mentions = DateRecognizer.Default.Find(ArabicNormalizer.Normalize(text), new DateOnly(2031, 1, 1));
            var resolved = mentions.Where(m => m.Value is not null).Select(m => m.Value!.Value).ToList();
            return resolved.Count == 1 && resolved[0].Start.FirstDay == day && resolved[0].End.LastDay == day
                ? true
                : throw new InvalidOperationException($"'{written}' resolved to [{string.Join(", ", resolved)}]");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    private static string ToEastern(int n) =>
        new(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)('٠' + (c - '0'))).ToArray());
}
