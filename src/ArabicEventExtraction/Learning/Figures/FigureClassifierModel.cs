namespace ArabicEventExtraction.Learning.Figures;

/// <summary>A trained figure classifier: one linear layer over a number's context features, one class per "category/group" or "none".</summary>
public sealed class FigureClassifierModel
{
    private readonly bool[] _anyClass;

    public FigureClassifierModel(FigureModelMetadata metadata, TagWeights weights)
    {
        if (weights.LabelCount != metadata.Classes.Count) throw new ArgumentException("weights do not match the classes", nameof(weights));
        Metadata = metadata;
        Weights = weights;
        _anyClass = Enumerable.Repeat(true, (weights.LabelCount + 1) * weights.LabelCount).ToArray();
    }

    public FigureModelMetadata Metadata { get; }

    public TagWeights Weights { get; }

    public string Predict(ulong[] features) => Metadata.Classes[Weights.Decode([features], _anyClass)[0]];

    /// <summary>The best class and by how much its score beats the runner-up.</summary>
    public (string Label, float Margin) PredictWithMargin(ulong[] features)
    {
        var scores = Weights.Scores(features);
        int best = 0, second = -1;
        for (var y = 1; y < scores.Length; y++)
        {
            if (scores[y] > scores[best]) { second = best; best = y; }
            else if (second < 0 || scores[y] > scores[second]) second = y;
        }
        return (Metadata.Classes[best], second < 0 ? float.PositiveInfinity : scores[best] - scores[second]);
    }
}
