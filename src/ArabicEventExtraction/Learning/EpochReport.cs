namespace ArabicEventExtraction.Learning;

/// <summary>Progress after one training epoch. DevMicroF1 is null without dev data.</summary>
public sealed record EpochReport(int Epoch, int MaxEpochs, double TrainTokenAccuracy, double? DevMicroF1, bool IsBest, TimeSpan Elapsed);
