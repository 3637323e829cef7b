using System.Text;
using ArabicEventExtraction.Cli.Input;
using ArabicEventExtraction.Cli.Output;
using ArabicEventExtraction.Cli.Processing;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>
/// One `aee extract` run: reads inputs lazily, skips duplicates in input order, runs the pipeline on
/// several threads, and writes events (and, if asked, the documents) in input order.
/// </summary>
public sealed class ExtractRun(string? outputPath, string format, bool summary, int threads, string? saveDocsPath, PipelineOptions? pipelineOptions = null)
{
    public int Execute(string[] inputs, InputOptions options)
    {
        var reader = new InputReader(options);
        var progress = new ProgressReporter("extract");
        var table = summary ? new EventSummaryTable() : null;
        int documents = 0, skipped = 0, events = 0;
        long characters = 0;

        TextWriter writer;
        TextWriter? docsWriter;
        try
        {
            writer = outputPath is null ? Console.Out : new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
            docsWriter = saveDocsPath is null ? null : new StreamWriter(saveDocsPath, append: false, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write output ({e.Message})");
            return ExitCodes.Failed;
        }
        using var processor = new DocumentProcessor(format, pipelineOptions);
        var savedDocs = docsWriter is null ? null : new SavedDocumentWriter(docsWriter);
        try
        {
            if (format == "csv") new FigureCsvWriter(writer).WriteHeader();
            var outcomes = OrderedParallel.Map(DuplicateIds.Reject(reader.Read(inputs)), processor.Process, threads, window: threads * 4);
            foreach (var outcome in outcomes)
            {
                if (outcome.Error is { } error)
                {
                    Console.Error.WriteLine($"skipped {outcome.Input.Where}: {error}");
                    skipped++;
                    continue;
                }
                var doc = outcome.Input.Document!;
                writer.Write(outcome.Output);
                savedDocs?.Write(doc);
                foreach (var ev in outcome.Events) table?.Add(ev, doc.Text);
                events += outcome.Events.Count;
                documents++;
                characters += doc.Text.Length;
                progress.Report(documents, characters);
            }
        }
        finally
        {
            writer.Flush();
            if (outputPath is not null) writer.Dispose();
            docsWriter?.Dispose();
        }
        progress.Done();
        table?.Print(Console.Error);
        var written = outputPath is null ? "" : $" written to {outputPath}";
        Console.Error.WriteLine($"{documents} documents, {events} events{written}{(skipped > 0 ? $"; {skipped} inputs skipped" : "")}");
        return skipped > 0 ? ExitCodes.SomeInputsSkipped : ExitCodes.Ok;
    }
}
