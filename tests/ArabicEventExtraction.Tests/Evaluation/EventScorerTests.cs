using ArabicEventExtraction.Evaluation;

namespace ArabicEventExtraction.Tests.Evaluation;

public class EventScorerTests
{
    /// <summary>What `python3 shared/eval/score.py fixture_gold.jsonl fixture_pred.jsonl --json` prints for the fixture.</summary>
    private static readonly SortedDictionary<string, double> ScorePyFigures = new(StringComparer.Ordinal)
    {
        ["gold"] = 11, ["pred"] = 10, ["matched"] = 9,
        ["figure_p"] = 0.9, ["figure_r"] = 0.8182, ["figure_f1"] = 0.8571,
        ["full_p"] = 0.6, ["full_r"] = 0.5455, ["full_f1"] = 0.5714,
        ["attributes.actor_any"] = 1.0, ["attributes.actor_exact"] = 0.8, ["attributes.date_exact"] = 0.5714,
        ["attributes.date_overlap"] = 0.8571, ["attributes.kind"] = 0.8889, ["attributes.place_any"] = 1.0,
        ["attributes.place_specific"] = 0.8571, ["attributes.qualifier"] = 1.0,
        ["per_category_f1.besieged"] = 0.0, ["per_category_f1.casualties"] = 1.0, ["per_category_f1.detained"] = 1.0,
        ["per_category_f1.displaced"] = 1.0, ["per_category_f1.injured"] = 0.6667, ["per_category_f1.killed"] = 0.8889,
        ["per_category_f1.missing"] = 1.0,
    };

    [Fact]
    public void The_fixture_gets_the_numbers_score_py_prints()
    {
        var score = ScoringFixture.Score();

        Assert.Equal(ScoringFixture.Describe(ScorePyFigures), ScoringFixture.Describe(ScoringFixture.Figures(score)));
        Assert.Equal(["fx_009"], score.DocsNotInGold);
    }

    [Fact]
    public void The_fixture_details_name_the_missed_partial_and_spurious_figures()
    {
        var details = ScoringFixture.Score().Details;

        Assert.Equal(
        [
            "fx_001  PARTIAL injured/total=None «عشرات الجرحى» wrong: date_exact,kind",
            "fx_001  SPURIOUS injured/civilians=3 «ثلاثة مدنيين»",
            "fx_002  PARTIAL displaced/total=1200 «نحو 1200 شخص» wrong: date_exact",
            "fx_003  PARTIAL killed/fighters=4 «أربعة مقاتلين» wrong: date_exact,date_overlap",
            "fx_003  MISSED  killed/fighters=4 «4 جنود»",
            "fx_004  MISSED  besieged/civilians=100000 «100 ألف مدني»",
        ], details);
    }

    [Fact]
    public void An_optional_gold_figure_is_neither_rewarded_nor_penalised()
    {
        var gold = Gold("""{"doc_id": "d", "figures": [{"category": "killed", "group": "total", "value": 3, "text": "ثلاثة"}, {"category": "killed", "group": "children", "value": 2, "optional": true, "text": "طفلان"}]}""");
        var withTwin = Pred("""{"doc_id": "d", "kind": "incident", "figures": [{"category": "killed", "group": "total", "value": 3}, {"category": "killed", "group": "children", "value": 2}]}""");
        var without = Pred("""{"doc_id": "d", "kind": "incident", "figures": [{"category": "killed", "group": "total", "value": 3}]}""");

        var a = EventScorer.Score(gold, withTwin);
        var b = EventScorer.Score(gold, without);

        Assert.Equal((1, 1, 1), (a.Gold, a.Predicted, a.Matched));
        Assert.Equal((1, 1, 1), (b.Gold, b.Predicted, b.Matched));
    }

    [Fact]
    public void A_scored_gold_figure_takes_the_match_before_its_optional_twin()
    {
        var gold = Gold("""{"doc_id": "d", "figures": [{"category": "killed", "group": "total", "value": 3, "optional": true, "kind": "incident", "text": "a"}, {"category": "killed", "group": "total", "value": 3, "kind": "aggregate", "text": "b"}]}""");
        var pred = Pred("""{"doc_id": "d", "kind": "incident", "figures": [{"category": "killed", "group": "total", "value": 3}]}""");

        var score = EventScorer.Score(gold, pred);

        Assert.Equal((1, 1, 1), (score.Gold, score.Predicted, score.Matched));
        Assert.Equal(0, score.Attributes[AttributeChecks.Kind].Right);
    }

    [Fact]
    public void A_prediction_counts_for_any_group_of_a_gold_group_list_and_vague_matches_vague()
    {
        var gold = Gold("""{"doc_id": "d", "figures": [{"category": "killed", "group": ["civilians", "total"], "value": 130, "text": "130 آخرين"}, {"category": "injured", "group": "total", "value": null, "qualifier": "vague", "text": "العشرات"}]}""");
        var pred = Pred("""{"doc_id": "d", "figures": [{"category": "killed", "group": "total", "value": 130.0}, {"category": "injured", "group": "total", "value": null, "qualifier": "vague"}]}""");

        Assert.Equal(2, EventScorer.Score(gold, pred).Matched);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line()
    {
        var e = Assert.Throws<ScoringInputException>(() => ScoringInput.ReadPredictions(new StringReader("{\"doc_id\": \"d\"}\n\n{not json"), "events.jsonl"));

        Assert.StartsWith("events.jsonl:3: not JSON", e.Message);
    }

    private static Dictionary<string, IReadOnlyList<GoldEventFigure>> Gold(string line) => ScoringInput.ReadGold(new StringReader(line), "gold");

    private static Dictionary<string, List<PredictedEventFigure>> Pred(string line) => ScoringInput.ReadPredictions(new StringReader(line), "pred");
}
