using ArabicEventExtraction.Search.Benchmarks.Corpus;
using ArabicEventExtraction.Search.Querying;

namespace ArabicEventExtraction.Search.Benchmarks;

/// <summary>Word and phrase queries, in inflected forms a researcher would type, each with a date window.</summary>
public static class BenchQueries
{
    private static readonly string[] Words =
    [
        "مجزرة", "المجازر", "الأطفال", "طفل", "نساء", "مدنيين", "قتلى", "جرحى", "غارات", "البراميل", "مفخخة", "إعدام", "اشتباكات", "قذائف",
        "الهاون", "النازحين", "المخيمات", "المفقودين", "اعتقال", "الحصار", "المشافي", "مسجد", "سوق", "المدرسة", "الإسعاف", "الأنقاض", "هدنة",
        "الإغاثة", "المساعدات", "الدفاع", "الطيران", "الروسي", "التحالف", "تنظيم", "الميليشيات", "المعارضة", "المحتجين", "حاجز", "الوقود",
    ];

    private static readonly string[] Phrases =
    [
        "\"قوات النظام\"", "\"البراميل المتفجرة\"", "\"غارات جوية\"", "\"سيارة مفخخة\"", "\"الدفاع المدني\"", "\"تحت الأنقاض\"", "\"إعدام ميدانية\"",
        "\"قذائف هاون\"", "\"هيئة تحرير الشام\"", "\"تنظيم الدولة\"", "\"خفض التصعيد\"", "\"الكوادر الطبية\"", "\"المرصد السوري\"",
    ];

    public static List<(string Query, SearchFilters Filters)> Make(CorpusData data, int count, int seed = 7)
    {
        var random = new Random(seed);
        var queries = new List<(string, SearchFilters)>(count);
        var span = SyntheticReports.LastDay.DayNumber - SyntheticReports.FirstDay.DayNumber;
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            var query = roll switch
            {
                < 35 => Words[random.Next(Words.Length)],
                < 55 => data.Places[random.Next(data.Places.Count)].Name is var p && p.Contains(' ') ? $"\"{p}\"" : p,
                < 80 => Phrases[random.Next(Phrases.Length)],
                _ => $"{Words[random.Next(Words.Length)]} {data.Places[random.Next(data.Places.Count)].Name.Split(' ')[0]}",
            };
            var length = random.Next(30, 366);
            var from = SyntheticReports.FirstDay.AddDays(random.Next(span - length));
            queries.Add((query, new SearchFilters { From = from, To = from.AddDays(length) }));
        }
        return queries;
    }
}
