using System.Globalization;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Robustness;

/// <summary>Any exact number the recognizer reads, written back as digits (Western or Eastern), reads as the same value.</summary>
public class NumberDigitRoundTripTests
{
    private static readonly string[] NumberPieces =
    [
        "ثلاثة", "خمس", "سبعة", "عشر", "عشرة", "أحد", "اثنا", "عشرين", "وعشرون", "وثلاثين", "مئة", "مائتي", "ثلاثمئة",
        "ألف", "آلاف", "ألفاً", "مليون", "ملايين", "و", "و71", "130", "1.5", "2", "45", "نصف",
    ];

    [Fact]
    public void Exact_numbers_rendered_as_digits_read_back_to_the_same_value()
    {
        var phrase = Gen.Elements(NumberPieces).ArrayOf().Where(p => p.Length is > 0 and < 6).Select(p => string.Join(" ", p));
        Prop.ForAll(phrase.ToArbitrary(), words =>
        {
            var text = $"قتل {words} شخصا";
            foreach (var m in NumberRecognizer.Default.Find(ArabicNormalizer.Normalize(text)))
            {
                if (m.Value is not { } value || m.HadFraction) continue;
                var western = value.ToString(CultureInfo.InvariantCulture);
                var eastern = new string(western.Select(c => (char)('٠' + (c - '0'))).ToArray());
                if (ValueOf($"قتل {western} شخصا") != value || ValueOf($"قتل {eastern} شخصا") != value)
                    throw new InvalidOperationException($"'{m.Span.Of(text)}' read as {value}, but {western} reads back as {ValueOf($"قتل {western} شخصا")}");
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    private static long? ValueOf(string text)
    {
        var mentions = NumberRecognizer.Default.Find(ArabicNormalizer.Normalize(text));
        return mentions.Count == 1 ? mentions[0].Value : null;
    }
}
