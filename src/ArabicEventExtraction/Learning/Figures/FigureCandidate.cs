using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Numbers;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>A number the classifier decides on, with the rule figure that covers it (if any).</summary>
public sealed record FigureCandidate(NumberMention Number, FigureMention? RuleFigure)
{
    /// <summary>"category/group" of the rule figure, or <see cref="FigureLabels.None"/>.</summary>
    public string RuleLabel => RuleFigure is { } f ? FigureLabels.Of(f.Category, f.Group) : FigureLabels.None;
}
