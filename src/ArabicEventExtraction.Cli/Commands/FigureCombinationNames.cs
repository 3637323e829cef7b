using ArabicEventExtraction.Learning.Figures;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>The names `--figures` accepts for how the figure classifier joins the rules.</summary>
public static class FigureCombinationNames
{
    public static readonly IReadOnlyDictionary<string, FigureCombination> ByName = new Dictionary<string, FigureCombination>(StringComparer.Ordinal)
    {
        ["rules"] = FigureCombination.RulesOnly,
        ["rules+model"] = FigureCombination.RulesThenModel,
        ["model"] = FigureCombination.ModelOnly,
    };
}
