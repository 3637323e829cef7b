using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Events;

/// <summary>Groups figures into events and attaches date, places, actors and source.</summary>
public sealed class EventStage(EventAssembler? assembler = null) : IPipelineStage
{
    private readonly EventAssembler _assembler = assembler ?? new EventAssembler(EventTypeClassifier.Default);

    public string Name => "events";

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        document.Events = _assembler.Assemble(document);
    }
}
