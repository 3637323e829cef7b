namespace ArabicEventExtraction.Evaluation;

/// <summary>The figures of shared/eval/score.py for one gold file and one events file (unrounded).</summary>
public sealed record EventScore
{
    public required int Gold { get; init; }
    public required int Predicted { get; init; }
    public required int Matched { get; init; }
    /// <summary>Matched figures whose date, place and actor are also right where gold states them.</summary>
    public required int FullyRight { get; init; }
    /// <summary>By attribute name (<see cref="AttributeChecks"/>), in ordinal order.</summary>
    public required IReadOnlyDictionary<string, AttributeTally> Attributes { get; init; }
    /// <summary>By category, in ordinal order: gold counted by the gold figure's category, predictions by their own.</summary>
    public required IReadOnlyDictionary<string, CategoryTally> Categories { get; init; }
    /// <summary>Predicted document ids the gold file does not have (their figures are not scored), sorted.</summary>
    public required IReadOnlyList<string> DocsNotInGold { get; init; }
    /// <summary>score.py --details lines: missed, partial and spurious figures.</summary>
    public required IReadOnlyList<string> Details { get; init; }

    /// <summary>Category + group + value.</summary>
    public PrecisionRecall Figure => PrecisionRecall.Of(Matched, Predicted, Gold);

    /// <summary>The headline: figure + date + place + actor.</summary>
    public PrecisionRecall FullTuple => PrecisionRecall.Of(FullyRight, Predicted, Gold);
}
