using ArabicEventExtraction.Tests.Specs;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Text;

public class TokenizerSpecTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.TwoColumns("tokens.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_words_as_the_spec_says(string location, string input, string expected)
    {
        var tokens = Tokenizer.Default.Tokenize(ArabicNormalizer.Normalize(input));
        var actual = string.Join(" ", tokens.Select(t => $"{t.Span.Of(input)}/{KindLetter(t.Kind)}"));
        Assert.True(expected == actual, $"{location}: '{input}'\n expected: {expected}\n   actual: {actual}");
    }

    [Fact]
    public void Numbers_pieces_by_the_whitespace_word_they_came_from()
    {
        const string input = "قتل 5، وأصيب (بالرصاص) 3";
        var tokens = Tokenizer.Default.Tokenize(ArabicNormalizer.Normalize(input));
        var byWord = tokens.GroupBy(t => t.WordIndex).Select(g => string.Concat(g.Select(t => t.Span.Of(input))));
        Assert.Equal(["قتل", "5،", "وأصيب", "(بالرصاص)", "3"], byWord);
    }

    [Fact]
    public void Gives_the_article_the_norm_al_also_after_lam()
    {
        var tokens = Tokenizer.Default.Tokenize(ArabicNormalizer.Normalize("للمدنيين"));
        Assert.Equal(["ل", "ال", "مدنيين"], tokens.Select(t => t.Norm));
    }

    private static string KindLetter(TokenKind kind) => kind switch
    {
        TokenKind.Word => "W",
        TokenKind.Proclitic => "P",
        TokenKind.Article => "A",
        TokenKind.Number => "N",
        TokenKind.Punctuation => ".",
        TokenKind.Symbol => "S",
        _ => "?",
    };
}
