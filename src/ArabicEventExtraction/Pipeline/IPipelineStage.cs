namespace ArabicEventExtraction.Pipeline;

/// <summary>One step of the pipeline: reads what earlier stages found and adds its own layer.</summary>
public interface IPipelineStage
{
    string Name { get; }

    void Process(AnalyzedDocument document, CancellationToken cancellationToken);
}
