namespace ArabicEventExtraction.Learning;

/// <summary>One trained layer: its kept weights, its epochs, and its dev scores at the kept epoch.</summary>
internal sealed record LayerResult(TagWeights Weights, List<EpochReport> History, EvaluationReport? Dev, int BestEpoch);
