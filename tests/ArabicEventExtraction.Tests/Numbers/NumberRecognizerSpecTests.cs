using System.Globalization;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Tests.Specs;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Numbers;

public class NumberRecognizerSpecTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.TwoColumns("numbers.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_numbers_written_in_the_spec(string location, string input, string expected)
    {
        var mentions = NumberRecognizer.Default.Find(ArabicNormalizer.Normalize(input));
        var actual = string.Join(" | ", mentions.Select(m => Describe(m, input, expected)));
        var wanted = expected == "-" ? "" : expected;
        Assert.True(wanted == actual, $"{location}: '{input}'\n expected: {wanted}\n   actual: {actual}");
    }

    /// <summary>Renders a mention like the spec does, with the form only where the spec names forms.</summary>
    private static string Describe(NumberMention m, string input, string expected)
    {
        var value = m.Value is { } v
            ? v.ToString(CultureInfo.InvariantCulture)
            : $"~{m.Low}..{m.High}";
        var text = m.Span.Of(input);
        var withForm = expected.Contains($"{text}={value}@", StringComparison.Ordinal);
        return withForm ? $"{text}={value}@{m.Form}" : $"{text}={value}";
    }
}
