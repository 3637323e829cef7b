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
        // Warm up long enough for tiered compilation to optimize the hot methods.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 400) recognizer.Find(text);

        // Best of several batches: the machine is shared, and the slowest batches measure the neighbours.
        var perRun = double.MaxValue;
        for (var batch = 0; batch < 10; batch++)
        {
            var watch = Stopwatch.StartNew();
            const int runs = 10;
            for (var i = 0; i < runs; i++) recognizer.Find(text);
            perRun = Math.Min(perRun, watch.Elapsed.TotalMilliseconds / runs);
        }

        // Typically ~0.4 ms; the bound leaves room for a loaded shared CI machine.
        Assert.True(perRun < 5, $"{perRun:F3} ms per 3 KB text");
    }
}
