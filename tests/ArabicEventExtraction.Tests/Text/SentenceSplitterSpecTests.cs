using ArabicEventExtraction.Tests.Specs;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Text;

public class SentenceSplitterSpecTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.TwoColumns("sentences.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_sentences_as_the_spec_says(string location, string input, string expected)
    {
        var sentences = SentenceSplitter.Default.Split(ArabicNormalizer.Normalize(input));
        var actual = string.Join(" || ", sentences.Select(s => $"{s.Paragraph}{(s.IsListItem ? "*" : "")}:{s.Span.Of(input)}"));
        var wanted = expected == "-" ? "" : expected;
        Assert.True(wanted == actual, $"{location}: '{input}'\n expected: {wanted}\n   actual: {actual}");
    }
}
