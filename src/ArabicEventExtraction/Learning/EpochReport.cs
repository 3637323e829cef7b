namespace ArabicEventExtraction.Learning;

/// <summary>Progress after one training epoch. DevMicroF1 is null without dev data.</summary>
public sealed record EpochReport(int Epoch, int MaxEpochs, double TrainTokenAccuracy, double? DevMicroF1, bool IsBest, TimeSpan Elapsed)
{
    /// <summary>Which layer (and cross-validation fold) is being trained.</summary>
    public string Stage { get; init; } = "tagger";
}
