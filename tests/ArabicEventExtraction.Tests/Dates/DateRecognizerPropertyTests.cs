using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Dates;

public class DateRecognizerPropertyTests
{
    private static readonly string[] Pieces =
    [
        "في", "منذ", "من", "إلى", "حتى", "بين", "و", "قبل", "خلال", "يوم", "مساء", "الاثنين", "الإثنين", "أمس", "اليوم",
        "نوفمبر", "تشرين", "الثاني", "الأول", "كانون", "آب", "مارس", "رمضان", "هـ", "الموافق", "عام", "العام", "الماضي",
        "الجاري", "نهاية", "النصف", "صيف", "الساعات", "الـ", "24", "ساعة", "يومين", "أيام", "15", "2016", "1439", "99999",
        "31", "0", "/", "-", "(", ")", "،", ":", "\n", "–", "شهر", "نهايته", "مثل", "هذا", " ", "١٣", "ً", "ـ",
    ];

    [Fact]
    public void Arbitrary_text_never_throws_and_spans_stay_inside_it()
    {
        Prop.ForAll<string, bool>((s, withDct) => SpansAreInside(s ?? "", withDct)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Date_shaped_word_salad_never_throws_and_spans_stay_inside_it()
    {
        var salad = Gen.Elements(Pieces).ListOf().Select(words => string.Join(" ", words));
        Prop.ForAll(salad.ToArbitrary(), s => SpansAreInside(s, withDct: true) && SpansAreInside(s, withDct: false))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Mentions_do_not_overlap_and_come_in_text_order()
    {
        var salad = Gen.Elements(Pieces).ListOf().Select(words => string.Join(" ", words));
        Prop.ForAll(salad.ToArbitrary(), s =>
        {
            var mentions = DateRecognizer.Default.Find(ArabicNormalizer.Normalize(s), new DateOnly(2018, 4, 22));
            return mentions.Zip(mentions.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start);
        }).QuickCheckThrowOnFailure();
    }

    private static bool SpansAreInside(string s, bool withDct)
    {
        var mentions = DateRecognizer.Default.Find(ArabicNormalizer.Normalize(s), withDct ? new DateOnly(2016, 12, 13) : null);
        return mentions.All(m => m.Span.Start >= 0 && m.Span.End <= s.Length && m.Span.Start < m.Span.End
            && (m.Value is null || m.Value.Value.Start.FirstDay <= m.Value.Value.End.LastDay));
    }
}
