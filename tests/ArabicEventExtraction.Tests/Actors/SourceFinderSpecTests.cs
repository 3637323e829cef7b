using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Tests.Specs;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Actors;

public class SourceFinderSpecTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.TwoColumns("Actors/source_cue_cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_reporting_cues_and_their_sources(string location, string sentence, string expected)
    {
        var cues = SourceFinder.Default.Find(ArabicNormalizer.Normalize(sentence), new TextSpan(0, sentence.Length));
        var found = string.Join("; ", cues.Select(c => $"{c.Cue}>{c.SourceName ?? "-"}"));
        Assert.True((expected == "-" ? "" : expected) == found, $"{location}: expected [{expected}], found [{found}]");
    }

    [Fact]
    public void Cue_and_source_spans_point_at_the_original_words()
    {
        const string sentence = "قُتل 12 مدنياً وفقاً للمرصد السوري لحقوق الإنسان.";
        var cue = Assert.Single(SourceFinder.Default.Find(ArabicNormalizer.Normalize(sentence), new TextSpan(0, sentence.Length)));
        Assert.Equal("وفقاً", cue.Span.Of(sentence));
        // ل + المرصد is written للمرصد: the span starts after the preposition, at the article's lam.
        Assert.Equal("لمرصد السوري لحقوق الإنسان", cue.SourceSpan!.Value.Of(sentence));
    }

    [Fact]
    public void Looks_only_inside_the_given_sentence()
    {
        const string text = "قال المرصد إن 5 قتلوا. وسقطت قذائف على السوق.";
        var second = text.IndexOf("وسقطت", StringComparison.Ordinal);
        Assert.Empty(SourceFinder.Default.Find(ArabicNormalizer.Normalize(text), new TextSpan(second, text.Length)));
    }
}
