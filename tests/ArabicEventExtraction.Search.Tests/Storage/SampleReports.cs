using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Places;
using ArabicEventExtraction.Search.Indexing;

namespace ArabicEventExtraction.Search.Tests.Storage;

/// <summary>Short reports written for these tests, with the events an extractor would give for them.</summary>
public static class SampleReports
{
    public const string KallasaText = "قصفت قوات النظام حي الكلاسة في حلب أمس، ما أدى إلى مقتل 9 أطفالٍ و4 نساء.";
    public const string DoumaText = "أعدم تنظيم الدولة 12 مدنياً في دوما بريف دمشق يوم 15 تشرين الثاني 2016 في مجزرة جديدة.";
    public const string SeptemberText = "وثقت الشبكة مقتل 30 مدنياً بينهم 10 أطفال في حلب خلال شهر أيلول 2016 بغارات روسية.";
    public const string IdlibText = "تقرير عن موجة نزوح جديدة من ريف إدلب الجنوبي.";

    public static IndexItem Kallasa(bool withWomen = true)
    {
        var doc = new Document("kallasa", KallasaText, new DateOnly(2016, 12, 13));
        var figures = new List<FigureMention> { Figure(KallasaText, "9 أطفالٍ", FigureCategory.Killed, FigureGroup.Children, 9) };
        if (withWomen) figures.Add(Figure(KallasaText, "4 نساء", FigureCategory.Killed, FigureGroup.Women, 4));
        var ev = new ExtractedEvent(doc.Id, "kallasa#1", EventKind.Incident, EventType.Shelling, new TextSpan(0, KallasaText.Length))
        {
            Date = Day(2016, 12, 12),
            Places = [Place(KallasaText, "الكلاسة", "حلب", 36.19, 37.14, "حلب الشرقية", "حلب")],
            Actors = [Actor(KallasaText, "قوات النظام", "SYR_GOV")],
            Figures = figures,
        };
        return IndexItem.FromExtraction(doc, [ev]);
    }

    public static IndexItem Douma()
    {
        var doc = new Document("douma", DoumaText, new DateOnly(2016, 11, 20));
        var ev = new ExtractedEvent(doc.Id, "douma#1", EventKind.Incident, EventType.Execution, new TextSpan(0, DoumaText.Length))
        {
            Date = Day(2016, 11, 15),
            Places = [Place(DoumaText, "دوما", "ريف دمشق", 33.57, 36.40, "ريف دمشق")],
            Actors = [Actor(DoumaText, "تنظيم الدولة", "ISIS")],
            Figures = [Figure(DoumaText, "12 مدنياً", FigureCategory.Killed, FigureGroup.Civilians, 12)],
        };
        return IndexItem.FromExtraction(doc, [ev]);
    }

    public static IndexItem September()
    {
        var doc = new Document("september", SeptemberText, new DateOnly(2016, 10, 5));
        var ev = new ExtractedEvent(doc.Id, "september#1", EventKind.Aggregate, EventType.AirStrike, new TextSpan(0, SeptemberText.Length))
        {
            Date = new DateRange(new PartialDate(2016, 9), new PartialDate(2016, 9)),
            Places = [Place(SeptemberText, "حلب", "حلب", 36.20, 37.16)],
            Actors = [Actor(SeptemberText, "روسية", "RUS")],
            Figures =
            [
                Figure(SeptemberText, "30 مدنياً", FigureCategory.Killed, FigureGroup.Civilians, 30),
                Figure(SeptemberText, "10 أطفال", FigureCategory.Killed, FigureGroup.Children, 10),
            ],
        };
        return IndexItem.FromExtraction(doc, [ev]);
    }

    public static IndexItem Idlib() => new(new Document("idlib", IdlibText, new DateOnly(2016, 12, 20)), []);

    public static IReadOnlyList<IndexItem> All() => [Kallasa(), Douma(), September(), Idlib()];

    private static DateRange Day(int y, int m, int d) => DateRange.Single(new PartialDate(y, m, d));

    private static TextSpan SpanOf(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{part}' is not in the text");
        return new TextSpan(at, at + part.Length);
    }

    private static FigureMention Figure(string text, string part, FigureCategory category, FigureGroup group, long value) =>
        new(SpanOf(text, part), category, group, value, Qualifier.Exact);

    private static PlaceMention Place(string text, string name, string admin1, double lat, double lon, params string[] broader) =>
        new(SpanOf(text, name), name, PlaceKind.Unknown) { Admin1 = admin1, Country = "SY", Lat = lat, Lon = lon, Broader = broader };

    private static ActorMention Actor(string text, string part, string code) => new(SpanOf(text, part), code, part, ActorRole.Perpetrator);
}
