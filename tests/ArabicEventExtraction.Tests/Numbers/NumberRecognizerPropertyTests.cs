using System.Globalization;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Numbers;

public class NumberRecognizerPropertyTests
{
    private static readonly string[] Pieces =
    [
        "ألف", "و", "و71", "3", "آلاف", "عشرات", "الآلاف", "خمسة", "وعشرون", "مئة", "مليون", "1.5", "1,071",
        "عشر", "أحد", "طفلين", " ", "  ", "\n", ".", ",", "١٢", "قتل", "ألفاً", "اثنا", "ثلاث", "بضعة", "10.000",
    ];

    [Fact]
    public void Never_throws_and_keeps_spans_inside_the_text_for_any_string()
    {
        Prop.ForAll<string>(s =>
        {
            s ??= "";
            return SpansAreWellFormed(s);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Keeps_spans_ordered_and_disjoint_for_random_number_phrases()
    {
        var phrase = Gen.Elements(Pieces).ArrayOf().Select(p => string.Join(" ", p) + string.Concat(p));
        Prop.ForAll(phrase.ToArbitrary(), SpansAreWellFormed).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reads_any_integer_written_in_digits()
    {
        Prop.ForAll(Gen.Choose(0, 10_000_000).ToArbitrary(), n =>
        {
            var text = $"قتل {n.ToString(CultureInfo.InvariantCulture)} شخصاً";
            var mentions = NumberRecognizer.Default.Find(ArabicNormalizer.Normalize(text));
            return mentions.Count == 1 && mentions[0].Value == n;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reads_any_integer_written_with_thousands_separators_in_either_script()
    {
        Prop.ForAll(Gen.Choose(1000, 10_000_000).ToArbitrary(), n =>
        {
            var latin = n.ToString("#,0", CultureInfo.InvariantCulture);
            var eastern = new string(latin.Select(c => c == ',' ? '٬' : (char)('٠' + (c - '0'))).ToArray());
            return ValueOf($"نزح {latin} شخص") == n && ValueOf($"نزح {eastern} شخص") == n;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reads_any_integer_below_a_million_written_in_words()
    {
        var numberAndStyle = Gen.Choose(1, 999_999).SelectMany(n => Gen.Choose(0, 11).Select(style => (n, style)));
        Prop.ForAll(numberAndStyle.ToArbitrary(), pair =>
        {
            var (n, style) = pair;
            var words = ArabicNumberWords.Write(n, style);
            var value = ValueOf($"قتل {words} شخصاً");
            return value == n ? true : throw new InvalidOperationException($"{n} written '{words}' read as {value}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    private static long? ValueOf(string text)
    {
        var mentions = NumberRecognizer.Default.Find(ArabicNormalizer.Normalize(text));
        return mentions.Count == 1 ? mentions[0].Value : null;
    }

    private static bool SpansAreWellFormed(string s)
    {
        var mentions = NumberRecognizer.Default.Find(ArabicNormalizer.Normalize(s));
        var previousEnd = 0;
        foreach (var m in mentions)
        {
            if (m.Span.Start < previousEnd || m.Span.End > s.Length || m.Span.Start >= m.Span.End) return false;
            if (m.Value is null && (m.Low is null || m.High is null || m.Low > m.High)) return false;
            previousEnd = m.Span.End;
        }
        return true;
    }
}
