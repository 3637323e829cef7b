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
}
