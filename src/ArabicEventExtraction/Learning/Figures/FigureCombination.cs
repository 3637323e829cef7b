namespace ArabicEventExtraction.Learning.Figures;

/// <summary>How the figure classifier is combined with the rule-based figures.</summary>
public enum FigureCombination
{
    /// <summary>Rule figures only; the model is not consulted.</summary>
    RulesOnly,

    /// <summary>Rule figures stay; numbers the rules left alone become figures where the model says so.</summary>
    RulesThenModel,

    /// <summary>The model decides every number: it relabels or drops rule figures and adds new ones.</summary>
    ModelOnly,
}
