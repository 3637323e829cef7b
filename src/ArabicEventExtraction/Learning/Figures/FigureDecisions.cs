namespace ArabicEventExtraction.Learning.Figures;

/// <summary>The label each candidate number gets under a combination of rules and model.</summary>
public static class FigureDecisions
{
    /// <param name="minMargin">
    /// With RulesThenModel, the model labels a number the rules left alone only when its label beats
    /// the runner-up by this much and the number counts a noun the lexicon knows (perhaps misspelt) or
    /// none (<see cref="FigureFeatures.CountsKnownNoun"/>); a number the rules made a figure keeps the rules' label.
    /// </param>
    public static string[] Decide(FigureClassifierModel? model, IReadOnlyList<FigureCandidate> candidates, FigureFeatures[] features, FigureCombination combination, float minMargin = 0)
    {
        var result = new string[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var rule = candidates[i].RuleLabel;
            result[i] = combination switch
            {
                _ when model is null => rule,
                FigureCombination.RulesOnly => rule,
                FigureCombination.RulesThenModel => candidates[i].RuleFigure is not null || !features[i].CountsKnownNoun ? rule : Confident(model, features[i], minMargin),
                _ => model.Predict(features[i]),
            };
        }
        return result;
    }

    private static string Confident(FigureClassifierModel model, FigureFeatures features, float minMargin)
    {
        var (label, margin) = model.PredictWithMargin(features);
        return margin >= minMargin ? label : FigureLabels.None;
    }
}
