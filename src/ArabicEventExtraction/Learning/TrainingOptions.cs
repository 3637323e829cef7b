namespace ArabicEventExtraction.Learning;

/// <summary>How to train the tagger.</summary>
public sealed record TrainingOptions
{
    /// <summary>Passes over the training data (fewer when early stopping on dev data ends sooner).</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>Seeds the order in which sentences are visited each epoch.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Epochs without a better dev micro F1 before training stops.</summary>
    public int Patience { get; init; } = 3;

    /// <summary>Share of training tokens whose word and stem features are hidden in each pass.</summary>
    public double WordDropout { get; init; } = 0.3;

    /// <summary>
    /// The creation time written into the model. Not read from the clock, so the same data and
    /// options give a byte-identical file; the CLI fills it from --created or SOURCE_DATE_EPOCH.
    /// </summary>
    public string Created { get; init; } = "1970-01-01T00:00:00Z";

    public FeatureSettings Features { get; init; } = new();

    public IReadOnlyList<IEntityLexicon> Lexicons { get; init; } = [];
}
