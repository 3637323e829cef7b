using ArabicEventExtraction.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Text;

public class TextPropertyTests
{
    private static readonly string[] Pieces =
    [
        "قتل", "والقتل", "للمدنيين", "بالقرب", "د.", "1.5", "3.", ".", "؟", "!", "...", "\n", "\r\n", " ", "•", "– ",
        "- ", "1. ", "ﻻ", "وَ", "ـ", "\u200F", "«", "»", "مليون", "F16", "٣", "،", "😀",
    ];

    private static Arbitrary<string> ArabicLikeText =>
        Gen.Elements(Pieces).ArrayOf().Select(string.Concat).ToArbitrary();

    [Fact]
    public void Sentences_are_inside_the_text_ordered_trimmed_and_disjoint()
    {
        Prop.ForAll<string>(s => SentencesAreWellFormed(s ?? "")).QuickCheckThrowOnFailure();
        Prop.ForAll(ArabicLikeText, SentencesAreWellFormed).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Tokens_are_inside_the_text_ordered_disjoint_and_cover_every_non_space_character()
    {
        Prop.ForAll<string>(s => TokensAreWellFormed(s ?? "")).QuickCheckThrowOnFailure();
        Prop.ForAll(ArabicLikeText, TokensAreWellFormed).QuickCheckThrowOnFailure();
    }

    private static bool SentencesAreWellFormed(string s)
    {
        var previousEnd = 0;
        var previousParagraph = 0;
        foreach (var sentence in SentenceSplitter.Default.Split(ArabicNormalizer.Normalize(s)))
        {
            var span = sentence.Span;
            if (span.Start < previousEnd || span.End > s.Length || span.Length == 0) return false;
            if (char.IsWhiteSpace(s[span.Start]) || char.IsWhiteSpace(s[span.End - 1])) return false;
            if (sentence.Paragraph < previousParagraph) return false;
            previousEnd = span.End;
            previousParagraph = sentence.Paragraph;
        }
        return true;
    }

    private static bool TokensAreWellFormed(string s)
    {
        var normalized = ArabicNormalizer.Normalize(s);
        var previousEnd = 0;
        var previousWord = -1;
        var covered = 0;
        foreach (var token in Tokenizer.Default.Tokenize(normalized))
        {
            var span = token.Span;
            if (span.Start < previousEnd || span.End > s.Length || span.Length == 0) return false;
            if (token.WordIndex < previousWord || token.Norm.Length == 0) return false;
            previousEnd = span.End;
            previousWord = token.WordIndex;
            covered += token.Norm.Length;
        }
        var nonSpace = normalized.Text.Count(c => !char.IsWhiteSpace(c));
        return covered >= nonSpace - CountArticlesAfterLam(normalized);
    }

    // An article written as the second ل of لل has Norm "ال" (two letters for one), so allow the difference.
    private static int CountArticlesAfterLam(NormalizedText text) =>
        Tokenizer.Default.Tokenize(text).Count(t => t.Kind == TokenKind.Article && t.Span.Length == 1);
}
