using System.Diagnostics;
using ArabicEventExtraction.Places;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Places;

public class PlaceRecognizerPerformanceTests
{
    [Fact]
    public void Finds_places_in_a_3_KB_text_in_well_under_2_ms()
    {
        var sentence = "قتل خمسة مدنيين بينهم طفلان في قصف جوي على حي الكلاسة بحلب، وأصيب آخرون في بلدة كفر بطيخ بريف إدلب الشرقي. ";
        var text = ArabicNormalizer.Normalize(string.Concat(Enumerable.Repeat(sentence, 3000 / sentence.Length + 1)));
        var recognizer = PlaceRecognizer.Default;
        recognizer.Find(text);

        var watch = Stopwatch.StartNew();
        const int runs = 50;
        for (var i = 0; i < runs; i++) recognizer.Find(text);
        var perRun = watch.Elapsed.TotalMilliseconds / runs;

        Assert.True(perRun < 2, $"{perRun:F3} ms per 3 KB text");
    }
}
