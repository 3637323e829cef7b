namespace ArabicEventExtraction.Learning.Figures;

/// <summary>What a figure classifier file says about itself.</summary>
public sealed record FigureModelMetadata
{
    public int FormatVersion { get; init; } = FigureModelFile.FormatVersion;
    public string Kind { get; init; } = "figure-classifier/averaged-perceptron(category,group)";
    public string Created { get; init; } = "";
    public string TrainingDataSha256 { get; init; } = "";
    public int Documents { get; init; }
    public int Candidates { get; init; }
    public int Seed { get; init; }
    public int Epochs { get; init; }

    /// <summary>The "category/group" labels (and "none") seen in training, for information.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>The classes of the first layer: "none" then the figure categories.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The classes of the second layer, which names the group of a figure.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];
}
