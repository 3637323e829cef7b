using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Search.Tests.Analysis;

public class AnalyzerPropertyTests
{
    private static readonly string[] Pieces =
    [
        "قُتِلَ", "أطفال", "الأطفالِ", "مدنيين", "وثّقت", "آلاف", " ", "  ", "،", ".", "5", "١٢", "ﻻ", "ـ", "\u200f", "في", "حلب", "x", "😀", "\n",
        "ﷲ", "ة", "ى", "إدلب", "وال", "ال",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void Fast_index_path_gives_the_same_terms_as_the_path_with_offsets()
    {
        Prop.ForAll(Texts(), text =>
            ArabicAnalyzer.Default.IndexText(text) == string.Join(' ', ArabicAnalyzer.Default.Tokens(text).Select(t => t.Term)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_token_span_holds_a_word_that_analyzes_to_its_term()
    {
        Prop.ForAll(Texts(), text => ArabicAnalyzer.Default.Tokens(text).All(t =>
                t.Start >= 0 && t.End <= text.Length && t.Start < t.End &&
                ArabicAnalyzer.Default.Terms(text[t.Start..t.End]).SequenceEqual([t.Term])))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Analysis_ignores_diacritics_and_tatweel()
    {
        Assert.Equal(ArabicAnalyzer.Default.Terms("قتل الأطفال"), ArabicAnalyzer.Default.Terms("قُتِلَ الأطـــفالُ"));
        Assert.Equal(ArabicNormalizer.Fold("طفل"), ArabicAnalyzer.Default.Terms("الأطفال")[0]);
    }
}
