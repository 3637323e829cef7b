using ArabicEventExtraction.Events;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Events;

public class SinceClauseTests
{
    [Theory]
    [InlineData("قتل 60 شخصا منذ سيطرة المسلحين على مدينة قندوز يوم الاثنين", "يوم الاثنين", true)]
    [InlineData("بلغت الحصيلة 227 مدنيا منذ بدء العملية العسكرية في 20 يناير", "في 20 يناير", true)]
    [InlineData("قتل 500 مدني، منذ بدء القصف على المنطقة، قبل نحو أسبوع", "قبل نحو أسبوع", true)]
    [InlineData("قتل 132 شخصا منذ اندلاع الاحتجاجات، وبلغت ذروتها في 14 أيار", "في 14 أيار", false)]
    [InlineData("منذ بدء الحرب. وقتل 20 شخصا أمس", "أمس", false)]
    [InlineData("منذ عام 2015 قتل 300 شخص في 12 آذار", "في 12 آذار", false)]
    [InlineData("قتل 10 أشخاص أمس", "أمس", false)]
    public void Finds_the_since_that_opens_the_phrase_a_date_closes(string text, string date, bool opens)
    {
        var normalized = ArabicNormalizer.Normalize(text);

        var opening = SinceClause.Opening(normalized, text.IndexOf(date, StringComparison.Ordinal));

        Assert.Equal(opens, opening is not null);
        if (opening is { } at) Assert.StartsWith("منذ", text[at..]);
    }
}
