namespace ArabicEventExtraction.Pipeline;

/// <summary>What a user may change about the standard pipeline.</summary>
public sealed record PipelineOptions
{
    /// <summary>Gazetteer files (our TSV format, e.g. written by `aee gazetteer import`) merged into the bundled one.</summary>
    public IReadOnlyList<string> ExtraGazetteers { get; init; } = [];
}
