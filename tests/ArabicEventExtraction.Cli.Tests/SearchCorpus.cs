using System.Globalization;
using System.Text;

namespace ArabicEventExtraction.Cli.Tests;

/// <summary>Writes docs.jsonl and events.jsonl of generated reports (sentences written for these tests), one event per report.</summary>
public static class SearchCorpus
{
    private static readonly (string Name, string Admin1, double Lat, double Lon)[] Places =
    [
        ("الكلاسة", "حلب", 36.19, 37.14), ("دوما", "ريف دمشق", 33.57, 36.40), ("خان شيخون", "إدلب", 35.44, 36.65), ("تلبيسة", "حمص", 34.84, 36.73),
    ];

    public static void Write(string docsPath, string eventsPath, int count, int fillerSentences = 4)
    {
        using var docs = new StreamWriter(docsPath, false, new UTF8Encoding(false));
        using var events = new StreamWriter(eventsPath, false, new UTF8Encoding(false));
        var filler = string.Concat(Enumerable.Repeat(" وأفاد ناشطون بأن القصف استمر حتى ساعات المساء وسط نزوح عشرات العائلات نحو المناطق المجاورة.", fillerSentences));
        for (var i = 0; i < count; i++)
        {
            var place = Places[i % Places.Length];
            var killed = 3 + i % 40;
            var day = new DateOnly(2016, 1, 1).AddDays(i % 365);
            var figure = $"{killed} مدنياً";
            var text = $"قتل {figure} في {place.Name} بقصف جوي يوم {day:dd/MM/yyyy}.{filler}";
            var id = "doc" + i.ToString(CultureInfo.InvariantCulture);
            var dateText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            docs.WriteLine($"{{\"id\": \"{id}\", \"dct\": \"{dateText}\", \"text\": \"{text}\"}}");
            var figStart = text.IndexOf(figure, StringComparison.Ordinal);
            var placeStart = text.IndexOf(place.Name, StringComparison.Ordinal);
            events.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"doc_id\": \"{id}\", \"event_id\": \"{id}#1\", \"kind\": \"incident\", \"event_type\": \"air_strike\", \"date\": {{\"start\": \"{dateText}\", \"end\": \"{dateText}\"}}, " +
                $"\"places\": [{{\"name\": \"{place.Name}\", \"start\": {placeStart}, \"end\": {placeStart + place.Name.Length}, \"admin1\": \"{place.Admin1}\", \"country\": \"SY\", \"lat\": {place.Lat}, \"lon\": {place.Lon}}}], " +
                $"\"actors\": [{{\"code\": \"SYR_GOV\", \"name\": \"قوات النظام\", \"start\": 0, \"end\": 3}}], " +
                $"\"figures\": [{{\"category\": \"killed\", \"group\": \"civilians\", \"value\": {killed}, \"qualifier\": \"exact\", \"start\": {figStart}, \"end\": {figStart + figure.Length}}}], " +
                $"\"source\": null, \"evidence\": {{\"start\": 0, \"end\": {text.IndexOf('.', StringComparison.Ordinal) + 1}}}}}"));
        }
    }
}
