namespace ArabicEventExtraction.Learning.Figures;

/// <summary>
/// A trained figure classifier: a linear layer that says whether a number is a figure and of which
/// category (or "none"), and a second one that names the figure's group. Two small decisions
/// generalise better from a few hundred examples than one over every category/group pair.
/// </summary>
public sealed class FigureClassifierModel
{
    public FigureClassifierModel(FigureModelMetadata metadata, TagWeights categoryWeights, TagWeights groupWeights)
    {
        if (categoryWeights.LabelCount != metadata.Categories.Count) throw new ArgumentException("weights do not match the categories", nameof(categoryWeights));
        if (groupWeights.LabelCount != metadata.Groups.Count) throw new ArgumentException("weights do not match the groups", nameof(groupWeights));
        if (metadata.Categories.Count == 0 || metadata.Categories[0] != FigureLabels.None) throw new ArgumentException("the first category must be 'none'", nameof(metadata));
        Metadata = metadata;
        CategoryWeights = categoryWeights;
        GroupWeights = groupWeights;
    }

    public FigureModelMetadata Metadata { get; }

    public TagWeights CategoryWeights { get; }

    public TagWeights GroupWeights { get; }

    public string Predict(FigureFeatures features) => PredictWithMargin(features).Label;

    /// <summary>The best label ("category/group" or "none") and by how much its category's score beats the runner-up.</summary>
    public (string Label, float Margin) PredictWithMargin(FigureFeatures features)
    {
        var scores = CategoryWeights.Scores(features.Category);
        var (category, margin) = Best(scores);
        if (category == 0) return (FigureLabels.None, margin);
        var (group, _) = Best(GroupWeights.Scores(features.Group));
        return (FigureLabels.Of(Metadata.Categories[category], Metadata.Groups[group]), margin);
    }

    private static (int Best, float Margin) Best(float[] scores)
    {
        int best = 0, second = -1;
        for (var y = 1; y < scores.Length; y++)
        {
            if (scores[y] > scores[best]) { second = best; best = y; }
            else if (second < 0 || scores[y] > scores[second]) second = y;
        }
        return (best, second < 0 ? float.PositiveInfinity : scores[best] - scores[second]);
    }
}
