using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Places;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Tests.Serialization;

public class EventJsonReaderTests
{
    private const string Text = "قتل 4 نساء في الكلاسة بقصف لقوات النظام أمس.";

    private static ExtractedEvent Sample() => new("d1", "d1#1", EventKind.Incident, EventType.Shelling, new TextSpan(0, Text.Length))
    {
        Date = new DateRange(new PartialDate(2016, 12, 12), new PartialDate(2016, 12)),
        DateSpan = new TextSpan(Text.IndexOf("أمس", StringComparison.Ordinal), Text.IndexOf("أمس", StringComparison.Ordinal) + 3),
        Places = [new PlaceMention(new TextSpan(14, 21), "الكلاسة", PlaceKind.Neighbourhood) { Admin1 = "حلب", Country = "SY", Lat = 36.19, Lon = 37.14, Broader = ["حلب الشرقية", "حلب"] }],
        Actors = [new ActorMention(new TextSpan(27, 38), "SYR_GOV", "قوات النظام", ActorRole.Perpetrator), new ActorMention(new TextSpan(0, 3), null, "مجهولون", ActorRole.Perpetrator)],
        Figures = [new FigureMention(new TextSpan(4, 10), FigureCategory.Killed, FigureGroup.Women, 4, Qualifier.AtLeast), new FigureMention(new TextSpan(4, 10), FigureCategory.Injured, FigureGroup.Total, null, Qualifier.Vague) { Low = 10, High = 90 }],
        Source = "الشبكة",
    };

    [Fact]
    public void Reads_back_what_the_writer_wrote()
    {
        var json = EventJsonWriter.ToJson(Sample(), Text);
        var read = EventJsonReader.ParseLine(json, "events.jsonl", 7);

        Assert.Null(read.Error);
        var ev = read.Event!;
        Assert.Equal(json, EventJsonWriter.ToJson(ev with { DateSpan = Sample().DateSpan }, Text));
        Assert.Equal("أمس", read.DateText);
        Assert.Equal(["حلب الشرقية", "حلب"], ev.Places[0].Broader);
        Assert.Equal(json, read.Json);
    }

    [Theory]
    [InlineData("{\"doc_id\": \"d\"", "not a JSON object")]
    [InlineData("{\"doc_id\": \"d\", \"event_id\": \"d#1\", \"kind\": \"massacre\", \"evidence\": {\"start\": 0, \"end\": 1}}", "kind")]
    [InlineData("{\"event_id\": \"d#1\", \"kind\": \"incident\", \"evidence\": {\"start\": 0, \"end\": 1}}", "doc_id")]
    [InlineData("{\"doc_id\": \"d\", \"event_id\": \"d#1\", \"kind\": \"incident\", \"evidence\": {\"start\": 5, \"end\": 1}}", "span")]
    [InlineData("{\"doc_id\": \"d\", \"event_id\": \"d#1\", \"kind\": \"incident\", \"date\": {\"start\": \"2016-13-01\"}, \"evidence\": {\"start\": 0, \"end\": 1}}", "date.start")]
    public void A_bad_line_is_an_error_naming_the_line(string line, string expected)
    {
        var read = EventJsonReader.ParseLine(line, "events.jsonl", 3);
        Assert.Null(read.Event);
        Assert.Contains(expected, read.Error);
        Assert.Equal("events.jsonl:3", read.Where);
    }

    [Fact]
    public void Skips_blank_lines_and_counts_every_line()
    {
        var line = EventJsonWriter.ToJson(Sample(), Text);
        var results = EventJsonReader.Read(new StringReader(line + "\n\n" + line + "\n"), "e.jsonl").ToList();
        Assert.Equal([1, 3], results.Select(r => r.Line));
    }
}
