namespace ArabicEventExtraction.Learning.Figures;

/// <summary>The label each candidate number gets under a combination of rules and model.</summary>
public static class FigureDecisions
{
    public static string[] Decide(FigureClassifierModel? model, IReadOnlyList<FigureCandidate> candidates, ulong[][] features, FigureCombination combination)
    {
        var result = new string[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var rule = candidates[i].RuleLabel;
            result[i] = combination switch
            {
                _ when model is null => rule,
                FigureCombination.RulesOnly => rule,
                FigureCombination.RulesThenModel => rule != FigureLabels.None ? rule : model.Predict(features[i]),
                _ => model.Predict(features[i]),
            };
        }
        return result;
    }
}
