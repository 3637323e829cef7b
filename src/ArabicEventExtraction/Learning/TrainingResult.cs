namespace ArabicEventExtraction.Learning;

/// <summary>A trained model with its per-epoch history and, when dev data was given, its dev scores.</summary>
public sealed record TrainingResult(TaggerModel Model, IReadOnlyList<EpochReport> Epochs, EvaluationReport? Dev);
