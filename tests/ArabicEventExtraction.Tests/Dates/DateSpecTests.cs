using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Tests.Specs;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Dates;

/// <summary>Runs every row of Specs/dates.tsv: the span must be found with its kind, value and header flag.</summary>
public class DateSpecTests
{
    public static TheoryData<string, string[]> Cases()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var row in SpecFile.ReadTsv("dates.tsv")) data.Add(row.Location, row.Columns);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizes_the_spec_case(string location, string[] cols)
    {
        Assert.True(cols.Length >= 4, $"{location}: needs at least text, dct, span and kind");
        var text = cols[0];
        DateOnly? dct = cols[1] == "-" ? null : DateOnly.Parse(cols[1]);
        var span = cols[2];
        var mentions = DateRecognizer.Default.Find(ArabicNormalizer.Normalize(text), dct);
        var listing = string.Join(" | ", mentions.Select(m => $"[{m.Span.Of(text)}] {m.Kind} {m.Value?.Start}..{m.Value?.End}"));
        var at = text.IndexOf(span, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{location}: span '{span}' is not in the text");

        if (cols[3] == "none")
        {
            Assert.DoesNotContain(mentions, m => m.Span.Start < at + span.Length && at < m.Span.End);
            return;
        }
        Assert.True(cols.Length >= 6, $"{location}: needs start and end");
        var mention = mentions.FirstOrDefault(m => m.Span.Of(text) == span);
        Assert.True(mention is not null, $"{location}: no mention '{span}'; found: {listing}");
        Assert.Equal(Enum.Parse<DateMentionKind>(cols[3]), mention.Kind);
        Assert.Equal(cols[4], mention.Value?.Start.ToString() ?? "null");
        Assert.Equal(cols[5], mention.Value?.End.ToString() ?? "null");
        if (cols.Length > 6 && cols[6].Length > 0)
            Assert.Equal(bool.Parse(cols[6]), mention.IsHeader);
    }

    [Fact]
    public void The_spec_covers_at_least_eighty_cases() =>
        Assert.True(Cases().Count() >= 80);
}
