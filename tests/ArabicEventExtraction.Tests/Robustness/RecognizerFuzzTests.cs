using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Robustness;

/// <summary>The text layer and the recognizers never throw on hostile text and keep spans inside it.</summary>
public class RecognizerFuzzTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static bool Inside(TextSpan span, string s) => span.Start >= 0 && span.Start <= span.End && span.End <= s.Length;

    [Fact]
    public void Normalizing_is_idempotent_and_maps_every_offset_inside_the_original()
    {
        Prop.ForAll(HostileText.Arbitrary, s =>
        {
            var once = ArabicNormalizer.Normalize(s);
            var twice = ArabicNormalizer.Normalize(once.Text);
            return twice.Text == once.Text
                && Enumerable.Range(0, once.Length + 1).All(i => Inside(once.ToOriginal(i, i), s))
                && Inside(once.ToOriginal(0, once.Length), s);
        }).Check(Many);
    }

    [Fact]
    public void Tokens_and_sentences_stay_inside_hostile_text()
    {
        Prop.ForAll(HostileText.Arbitrary, s =>
        {
            var n = ArabicNormalizer.Normalize(s);
            return Tokenizer.Default.Tokenize(n).All(t => Inside(t.Span, s) && t.Span.Length > 0)
                && SentenceSplitter.Default.Split(n).All(x => Inside(x.Span, s));
        }).Check(Many);
    }

    [Fact]
    public void Numbers_stay_inside_hostile_text_and_are_ordered()
    {
        Prop.ForAll(HostileText.Arbitrary, s =>
        {
            var mentions = NumberRecognizer.Default.Find(ArabicNormalizer.Normalize(s));
            return mentions.All(m => Inside(m.Span, s) && m.Span.Length > 0)
                && mentions.Zip(mentions.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start);
        }).Check(Many);
    }

    [Fact]
    public void Dates_stay_inside_hostile_text_with_and_without_a_dct()
    {
        Prop.ForAll(HostileText.Arbitrary, s =>
        {
            var n = ArabicNormalizer.Normalize(s);
            return DateRecognizer.Default.Find(n, new DateOnly(2016, 12, 13)).All(m => Inside(m.Span, s) && ValidRange(m))
                && DateRecognizer.Default.Find(n, null).All(m => Inside(m.Span, s) && ValidRange(m));
        }).Check(Many);
    }

    private static bool ValidRange(DateMention m) => m.Value is not { } v || v.Start.FirstDay <= v.End.LastDay;
}
