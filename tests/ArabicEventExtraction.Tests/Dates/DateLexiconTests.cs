using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Dates;

public class DateLexiconTests
{
    [Theory]
    [InlineData("egyptian")]
    [InlineData("levantine")]
    [InlineData("maghrebi")]
    [InlineData("moroccan")]
    [InlineData("hijri")]
    public void Every_regional_set_names_all_twelve_months(string region)
    {
        var months = ResourceFile.ReadTable("Dates/months.tsv")
            .Where(r => r[4].Split(',').Contains(region))
            .Select(r => int.Parse(r[1]))
            .ToHashSet();
        Assert.Equal(Enumerable.Range(1, 12), months.Order());
    }

    [Theory]
    [InlineData("كانون الثاني", 1)]
    [InlineData("فبراير", 2)]
    [InlineData("آذار", 3)]
    [InlineData("إبريل", 4)]
    [InlineData("مايّو", 5)]
    [InlineData("جوان", 6)]
    [InlineData("يوليه", 7)]
    [InlineData("أوت", 8)]
    [InlineData("أيلول", 9)]
    [InlineData("تشرين الأول", 10)]
    [InlineData("نوفمبر", 11)]
    [InlineData("دجنبر", 12)]
    public void Month_names_match_in_any_spelling(string name, int month)
    {
        var tokens = DateTokenizer.Tokenize(ArabicNormalizer.Fold("و" + name));
        var match = DateLexicon.Default.Months.Match(tokens, 0);
        Assert.NotNull(match);
        Assert.Equal(month, match.Value.Value.Month);
        Assert.Equal(1, match.Value.PrefixLength);
        Assert.Equal(tokens.Count, match.Value.Next);
    }

    [Fact]
    public void The_tokenizer_marks_line_starts_and_splits_digits_from_letters()
    {
        var tokens = DateTokenizer.Tokenize("في 2015في\nالسبت, 13/12");
        Assert.Equal(["في", "2015", "في", "السبت", ",", "13", "/", "12"], tokens.Select(t => t.Text));
        Assert.True(tokens[0].StartsLine);
        Assert.True(tokens[3].StartsLine);
        Assert.False(tokens[4].StartsLine);
    }
}
