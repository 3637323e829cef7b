using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Numbers;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// Runs after the rule-based figure stage and combines its figures with the classifier's decisions
/// (see <see cref="FigureCombination"/> and <see cref="FigureDecisions"/>). Figures the model adds
/// have Confidence 0.5 and span the number with its noun and qualifier phrase (<see cref="ModelFigureText"/>).
/// </summary>
public sealed class FigureClassifierStage(
    FigureClassifierModel model,
    FigureCombination combination = FigureCombination.RulesThenModel,
    float minMargin = FigureClassifierStage.DefaultMinMargin) : IPipelineStage
{
    public const double ModelConfidence = 0.5;

    /// <summary>Chosen on the dev split of corpus/labelled, shared/eval/dev and 5-fold cross-validation over corpus/labelled (models/README.md); never on dev-news.</summary>
    public const float DefaultMinMargin = 12;

    public string Name => "figure-classifier";

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        if (combination == FigureCombination.RulesOnly) return;
        var candidates = FigureCandidates.Of(document);
        var view = FigureContextView.Of(document);
        var decisions = FigureDecisions.Decide(model, candidates, FigureFeatureExtractor.Extract(view, candidates), combination, minMargin);
        var figures = document.Figures.ToList();
        for (var i = 0; i < candidates.Count; i++)
        {
            var rule = candidates[i].RuleFigure;
            var decision = decisions[i];
            if (decision == candidates[i].RuleLabel) continue;
            if (rule is not null) figures.Remove(rule);
            if (!FigureLabels.TryParse(decision, out var category, out var group)) continue;
            var number = candidates[i].Number;
            if (rule is not null)
            {
                figures.Add(rule with { Category = category, Group = group, Confidence = ModelConfidence });
                continue;
            }
            var (span, qualifier) = ModelFigureText.Of(view, number, FigureLexicon.Default);
            figures.Add(new FigureMention(span, category, group, number.Form == NumberForm.Dual ? 2 : number.Value, qualifier)
            {
                Low = number.Low, High = number.High, Confidence = ModelConfidence,
            });
        }
        document.Figures = figures.OrderBy(f => f.Span.Start).ToList();
    }
}
