using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Learning.Figures;

namespace ArabicEventExtraction.Tests.Learning.Figures;

/// <summary>How the classifier's decisions combine with the rule figures (texts written by us).</summary>
public class FigureCombinationTests
{
    private static readonly FigureClassifierModel Model =
        FigureClassifierTrainer.Train(FigureToyData.Documents(30, seed: 1), new TrainingOptions { Epochs = 5 });

    private const string RuleText = "قتل 9 مدنيين وأصيب 20 آخرون في قصف على مدينة إدلب، بينهم 4 أطفال.";

    [Fact]
    public void Rules_then_model_keeps_every_rule_figure_as_the_rules_found_it()
    {
        var rules = FigureToyData.AnalyzeWithRules(RuleText);
        var before = rules.Figures.ToList();
        Assert.NotEmpty(before);

        new FigureClassifierStage(Model, FigureCombination.RulesThenModel, minMargin: 0).Process(rules, CancellationToken.None);

        Assert.All(before, f => Assert.Contains(f, rules.Figures));
    }

    [Fact]
    public void Model_only_lets_the_model_relabel_or_drop_rule_figures()
    {
        var document = FigureToyData.AnalyzeWithRules(RuleText);
        var candidates = FigureCandidates.Of(document);
        var features = FigureFeatureExtractor.Extract(document, candidates);

        var modelOnly = FigureDecisions.Decide(Model, candidates, features, FigureCombination.ModelOnly);
        var rulesOnly = FigureDecisions.Decide(Model, candidates, features, FigureCombination.RulesOnly);

        Assert.Equal(candidates.Select(c => Model.Predict(features[candidates.IndexOf(c)])), modelOnly);
        Assert.Equal(candidates.Select(c => c.RuleLabel), rulesOnly);
    }

    [Theory]
    [InlineData("سقط 6 قتلى في انفجار بسوق البلدة، فيما أصيب قرابة 30 جريخا نقلوا إلى المستشفى.", "30", true)]
    [InlineData("أعلن الجيش مقتل 25 مسلحا، بينهم 7 على الأقل من المقاتلين الأجانب، خلال المداهمات.", "7", true)]
    [InlineData("قصفت الطائرات 18 هدفا للمسلحين قرب المدينة وقتل فيها 3 مدنيين.", "18", false)]
    [InlineData("صدر حكم بالسجن على 29 امرأة بتهمة الانتماء إلى التنظيم.", "29", false)]
    [InlineData("وثقت المنظمة 40 حالة تعذيب و25 حالة اختطاف خلال الشهر.", "40", false)]
    [InlineData("وثقت المنظمة 40 حالة تعذيب و25 حالة اختطاف خلال الشهر.", "25", true)]
    public void Only_numbers_counting_a_known_misspelt_or_elided_noun_near_a_casualty_cue_may_be_added(string text, string number, bool mayBeAdded)
    {
        var document = FigureToyData.AnalyzeWithRules(text);
        var candidates = FigureCandidates.Of(document);
        var features = FigureFeatureExtractor.Extract(document, candidates);

        var index = candidates.FindIndex(c => c.Number.Span.Of(text) == number);

        Assert.True(index >= 0, $"{number} is not a candidate");
        Assert.Equal(mayBeAdded, features[index].CountsKnownNoun);
    }

    [Fact]
    public void A_number_outside_any_casualty_cue_is_never_added_whatever_the_margin()
    {
        var document = FigureToyData.AnalyzeWithRules("صدر حكم بالسجن على 29 امرأة بتهمة الانتماء إلى التنظيم.");

        new FigureClassifierStage(Model, FigureCombination.RulesThenModel, minMargin: float.NegativeInfinity).Process(document, CancellationToken.None);

        Assert.Empty(document.Figures);
    }

    [Fact]
    public void An_added_figure_takes_its_noun_and_qualifier_phrase()
    {
        const string text = "قتل أكثر من 12 مدنيين وأصيب 40 أطفال على الأقل في قصف على حلب.";
        var document = FigureToyData.Analyze(text);

        new FigureClassifierStage(Model, FigureCombination.RulesThenModel, minMargin: 0).Process(document, CancellationToken.None);

        Assert.Equal(
            [("أكثر من 12 مدنيين", Qualifier.MoreThan, 12L), ("40 أطفال على الأقل", Qualifier.AtLeast, 40L)],
            document.Figures.Select(f => (f.Span.Of(text), f.Qualifier, f.Value!.Value)));
    }

    [Fact]
    public void A_misspelt_victim_noun_is_found_one_slip_away()
    {
        var document = FigureToyData.AnalyzeWithRules("وأصيب 30 جريخا و7 أشحاص.");
        var view = FigureContextView.Of(document);

        var nouns = Enumerable.Range(0, view.Count).Select(view.MisspeltNounAt).Where(n => n is not null).Select(n => n!.Form).ToList();

        Assert.Equal(2, nouns.Count);
        Assert.Contains(nouns, n => n.StartsWith("جري", StringComparison.Ordinal));
        Assert.Contains(nouns, n => n.Contains("شخاص", StringComparison.Ordinal));
    }
}
