using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Cli.Processing;

/// <summary>Runs the pipeline on one document (one pipeline per thread) and renders its events as output lines.</summary>
public sealed class DocumentProcessor(string format, PipelineOptions? options = null) : IDisposable
{
    private readonly ThreadLocal<ExtractionPipeline> _pipeline = new(() => ExtractionPipeline.CreateDefault(options));

    public DocumentOutcome Process(ReadResult input)
    {
        if (input.Document is not { } doc) return DocumentOutcome.Skipped(input, input.Error ?? "unreadable");
        IReadOnlyList<ExtractedEvent> events;
        try
        {
            events = _pipeline.Value!.Run(doc).Events
                .Select(ev => ev with { DocTitle = doc.Title, DocUrl = doc.Url, DocSource = doc.Source })
                .ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return DocumentOutcome.Skipped(input, $"extraction failed ({e.GetType().Name}: {e.Message})");
        }
        return new DocumentOutcome(input, events, Render(events, doc.Text), null);
    }

    private string Render(IReadOnlyList<ExtractedEvent> events, string text)
    {
        var buffer = new StringWriter();
        var json = format == "jsonl" ? new EventJsonWriter(buffer) : null;
        var csv = format == "csv" ? new FigureCsvWriter(buffer) : null;
        foreach (var ev in events)
        {
            json?.Write(ev, text);
            csv?.Write(ev, text);
        }
        return buffer.ToString();
    }

    public void Dispose() => _pipeline.Dispose();
}
