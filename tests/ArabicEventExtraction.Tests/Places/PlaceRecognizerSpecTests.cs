using ArabicEventExtraction.Places;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Places;

public class PlaceRecognizerSpecTests
{
    [Theory]
    [MemberData(nameof(PlaceSpecs.Mentions), MemberType = typeof(PlaceSpecs))]
    public void Finds_the_places_of_the_spec(string text, string expected, string note)
    {
        var mentions = PlaceRecognizer.Default.Find(ArabicNormalizer.Normalize(text));
        var actual = mentions.Count == 0 ? "-" : string.Join(" | ", mentions.Select(m => $"{m.Name}/{PlaceKindNames.Format(m.Kind)}"));
        Assert.True(expected == actual, $"{note}: «{text}» expected {expected}, got {actual}");
    }

    [Theory]
    [MemberData(nameof(PlaceSpecs.Broader), MemberType = typeof(PlaceSpecs))]
    public void Carries_the_enclosing_places_of_the_spec(string text, string name, string broader, string admin1, string country, string inGazetteer)
    {
        var mention = PlaceRecognizer.Default.Find(ArabicNormalizer.Normalize(text)).FirstOrDefault(m => m.Name == name);
        Assert.True(mention is not null, $"«{text}»: no mention named {name}");
        Assert.Equal(broader, mention.Broader.Count == 0 ? "-" : string.Join(" | ", mention.Broader));
        Assert.Equal(admin1, mention.Admin1 ?? "");
        Assert.Equal(country, mention.Country ?? "");
        Assert.Equal(inGazetteer == "yes", mention.InGazetteer);
    }

    [Theory]
    [MemberData(nameof(PlaceSpecs.Written), MemberType = typeof(PlaceSpecs))]
    public void Reports_how_the_text_writes_the_place(string text, string name, string written)
    {
        var mentions = PlaceRecognizer.Default.Find(ArabicNormalizer.Normalize(text)).Where(m => m.Name == name).ToList();
        Assert.True(mentions.Count > 0, $"«{text}»: no mention named {name}");
        Assert.Contains(written, mentions.Select(m => m.Written));
    }

    [Fact]
    public void Spans_point_at_the_name_in_the_original_text()
    {
        const string text = "قُتل مدنيون بحلبَ وفي دوما";
        var mentions = PlaceRecognizer.Default.Find(ArabicNormalizer.Normalize(text));
        Assert.Equal(["حلبَ", "دوما"], mentions.Select(m => m.Span.Of(text)));
    }
}
