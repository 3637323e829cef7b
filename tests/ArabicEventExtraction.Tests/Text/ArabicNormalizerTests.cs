using ArabicEventExtraction.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Text;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("مُتعمَّدة", "متعمده")]
    [InlineData("أُممي", "اممي")]
    [InlineData("إعدام", "اعدام")]
    [InlineData("آلاف", "الاف")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("قتيـــلاً", "قتيلا")]
    [InlineData("٦٧٦ مدنياً", "676 مدنيا")]
    [InlineData("۱۲۳", "123")]
    [InlineData("حلب، إدلب؛ لماذا؟", "حلب, ادلب; لماذا?")]
    [InlineData("١٬٠٧١", "1,071")]
    [InlineData("ﻻ", "لا")]
    [InlineData("a\u200Fb\u202Bc", "abc")]
    public void Folds_spelling_variants(string input, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Normalize(input).Text);
    }

    [Fact]
    public void Maps_a_normalized_span_back_to_the_original_word()
    {
        const string original = "قُتِلَ ٦٧٦ مدنيّاً";
        var n = ArabicNormalizer.Normalize(original);
        var at = n.Text.IndexOf("676", StringComparison.Ordinal);
        var span = n.ToOriginal(at, at + 3);
        Assert.Equal("٦٧٦", span.Of(original));
        var word = n.Text.IndexOf("مدنيا", StringComparison.Ordinal);
        Assert.Equal("مدنيّاً", n.ToOriginal(word, word + 5).Of(original));
    }

    [Fact]
    public void Any_normalized_span_maps_inside_the_original()
    {
        Prop.ForAll<string, int, int>((s, a, b) =>
        {
            s ??= "";
            var n = ArabicNormalizer.Normalize(s);
            var start = n.Length == 0 ? 0 : Math.Abs(a % (n.Length + 1));
            var end = start + (n.Length - start == 0 ? 0 : Math.Abs(b % (n.Length - start + 1)));
            var span = n.ToOriginal(start, end);
            return span.Start >= 0 && span.End <= s.Length && span.Start <= span.End;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Text_without_foldable_characters_round_trips()
    {
        Prop.ForAll<string>(s =>
        {
            var plain = new string((s ?? "").Where(c => c is >= 'a' and <= 'z' or ' ' or >= 'ب' and <= 'غ' and not 'ة').ToArray());
            var n = ArabicNormalizer.Normalize(plain);
            return n.Text == plain && n.ToOriginal(0, n.Length).Of(plain) == plain;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Normalizing_twice_equals_normalizing_once()
    {
        Prop.ForAll<string>(s =>
        {
            var once = ArabicNormalizer.Fold(s ?? "");
            return ArabicNormalizer.Fold(once) == once;
        }).QuickCheckThrowOnFailure();
    }
}
