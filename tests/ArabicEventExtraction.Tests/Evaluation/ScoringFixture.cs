using System.Globalization;
using ArabicEventExtraction.Evaluation;

namespace ArabicEventExtraction.Tests.Evaluation;

/// <summary>The fixture under Specs/Evaluation (gold and predicted events written by us) and the score.py figures of a score, flattened by name.</summary>
public static class ScoringFixture
{
    public static string GoldPath => Path.Combine(AppContext.BaseDirectory, "Specs", "Evaluation", "fixture_gold.jsonl");

    public static string PredPath => Path.Combine(AppContext.BaseDirectory, "Specs", "Evaluation", "fixture_pred.jsonl");

    public static EventScore Score()
    {
        using var gold = File.OpenText(GoldPath);
        using var pred = File.OpenText(PredPath);
        return EventScorer.Score(ScoringInput.ReadGold(gold, GoldPath), ScoringInput.ReadPredictions(pred, PredPath));
    }

    /// <summary>Every number of score.py --json, under its key ("attributes.kind", "per_category_f1.killed"), rounded as score.py rounds.</summary>
    public static SortedDictionary<string, double> Figures(EventScore score)
    {
        double R(double x) => PythonNumbers.Round(x, 4);
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["gold"] = score.Gold,
            ["pred"] = score.Predicted,
            ["matched"] = score.Matched,
            ["figure_p"] = R(score.Figure.Precision),
            ["figure_r"] = R(score.Figure.Recall),
            ["figure_f1"] = R(score.Figure.F1),
            ["full_p"] = R(score.FullTuple.Precision),
            ["full_r"] = R(score.FullTuple.Recall),
            ["full_f1"] = R(score.FullTuple.F1),
        };
        foreach (var (name, tally) in score.Attributes) figures["attributes." + name] = R(tally.Share);
        foreach (var (name, tally) in score.Categories) figures["per_category_f1." + name] = R(tally.F1);
        return figures;
    }

    public static string Describe(SortedDictionary<string, double> figures) =>
        string.Join("\n", figures.Select(f => $"{f.Key} = {f.Value.ToString(CultureInfo.InvariantCulture)}"));
}
