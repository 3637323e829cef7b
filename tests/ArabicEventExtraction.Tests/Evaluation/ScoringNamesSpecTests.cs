using ArabicEventExtraction.Evaluation;
using ArabicEventExtraction.Tests.Specs;

namespace ArabicEventExtraction.Tests.Evaluation;

public class ScoringNamesSpecTests
{
    public static TheoryData<string, string, string> Places => SpecFile.TwoColumns("Evaluation/scoring_places.tsv");

    [Theory]
    [MemberData(nameof(Places))]
    public void Place_names_compare_as_score_py_compares_them(string location, string name, string expected) =>
        Assert.True(expected == ScoringNames.Place(name), $"{location}: «{name}» gave «{ScoringNames.Place(name)}», expected «{expected}»");

    [Theory]
    [InlineData("SYR_GOV", "SYR_GOV")]
    [InlineData("جيش الفَتح", "جيش الفتح")]
    [InlineData("الحوثيون", "حوثيون")]
    public void Actor_codes_stay_and_actor_names_compare_as_places(string actor, string expected) =>
        Assert.Equal(expected, ScoringNames.Actor(actor));
}
