namespace ArabicEventExtraction.Learning.Figures;

/// <summary>What a figure classifier file says about itself.</summary>
public sealed record FigureModelMetadata
{
    public int FormatVersion { get; init; } = FigureModelFile.FormatVersion;
    public string Kind { get; init; } = "figure-classifier/averaged-perceptron";
    public string Created { get; init; } = "";
    public string TrainingDataSha256 { get; init; } = "";
    public int Documents { get; init; }
    public int Candidates { get; init; }
    public int Seed { get; init; }
    public int Epochs { get; init; }
    public IReadOnlyList<string> Classes { get; init; } = [];
}
