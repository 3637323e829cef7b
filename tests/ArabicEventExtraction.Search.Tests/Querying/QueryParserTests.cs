using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Search.Querying;

namespace ArabicEventExtraction.Search.Tests.Querying;

public class QueryParserTests
{
    private static readonly QueryParser Parser = new(ArabicAnalyzer.Default);

    [Theory]
    [InlineData("الأطفال", "\"طفل\"")]
    [InlineData("قتل الأطفال", "\"قتل\" AND \"طفل\"")]
    [InlineData("\"قوات النظام\"", "\"قوه نظام\"")]
    [InlineData("حلب OR إدلب درعا", "(\"حلب\" OR \"ادلب\") AND \"درع\"")]
    [InlineData("حلب -إدلب -\"ريف دمشق\"", "(\"حلب\") NOT (\"ادلب\" OR \"ريف دمشق\")")]
    [InlineData("مجز*", "\"مجز\"*")]
    [InlineData("الطف*", "\"طف\"*")]
    [InlineData("في حلب", "\"حلب\"")]
    [InlineData("AND NOT NEAR(", "\"and\" AND \"not\" AND \"near\"")]
    public void Translates_to_fts5_over_analyzed_terms(string query, string expected) =>
        Assert.Equal(expected, Parser.Parse(query).MatchExpression);

    [Fact]
    public void Highlight_terms_are_the_positive_ones()
    {
        var parsed = Parser.Parse("الأطفال مجز* -دوما");
        Assert.True(parsed.Highlights("طفل"));
        Assert.True(parsed.Highlights("مجزر"));
        Assert.False(parsed.Highlights("دوما"));
    }
}
