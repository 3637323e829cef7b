using ArabicEventExtraction.Learning.Figures;

namespace ArabicEventExtraction.Pipeline;

/// <summary>What a user may change about the standard pipeline.</summary>
public sealed record PipelineOptions
{
    /// <summary>Gazetteer files (our TSV format, e.g. written by `aee gazetteer import`) merged into the bundled one.</summary>
    public IReadOnlyList<string> ExtraGazetteers { get; init; } = [];

    /// <summary>
    /// A folder of trained models (e.g. the shipped models/). Null: rules only. When set, the figure
    /// classifier (the one figures*.model file there) joins the rules as <see cref="FigureCombination"/> says.
    /// </summary>
    public string? ModelsDirectory { get; init; }

    /// <summary>How the figure classifier is combined with the rules; only used with <see cref="ModelsDirectory"/>.</summary>
    public FigureCombination FigureCombination { get; init; } = FigureCombination.RulesThenModel;

    /// <summary>RulesThenModel: the model adds a figure only when its label beats the runner-up by this score.</summary>
    public float FigureMinMargin { get; init; } = FigureClassifierStage.DefaultMinMargin;
}
