namespace ArabicEventExtraction.Learning;

/// <summary>What a model file says about itself. Created is whatever the trainer was given (see TrainingOptions.Created).</summary>
public sealed record ModelMetadata
{
    public int FormatVersion { get; init; } = TaggerModelFile.FormatVersion;
    public string Kind { get; init; } = "entity-tagger/averaged-perceptron";
    public string Created { get; init; } = "";
    public string TrainingDataSha256 { get; init; } = "";
    public int TrainingSentences { get; init; }
    public int TrainingTokens { get; init; }
    public int Seed { get; init; }
    public int EpochsRun { get; init; }
    public int BestEpoch { get; init; }
    public IReadOnlyList<string> Labels { get; init; } = [];
    public FeatureSettings Features { get; init; } = new();
    public string? DevDataSha256 { get; init; }

    /// <summary>Entity-level F1 per label and "micro" on the dev data at the kept epoch; empty without dev data.</summary>
    public IReadOnlyDictionary<string, double> DevF1 { get; init; } = new SortedDictionary<string, double>(StringComparer.Ordinal);
}
