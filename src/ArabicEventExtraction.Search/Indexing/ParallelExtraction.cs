using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Search.Indexing;

/// <summary>
/// Runs the extraction pipeline on all cores but one (one pipeline per thread; the remaining core
/// analyzes and writes the index), results in input order. On 2 cores that is one extraction
/// thread: measured, a second one was slower there.
/// </summary>
public static class ParallelExtraction
{
    /// <summary>A document's events, or the exception its extraction threw.</summary>
    public sealed record Result(Document Document, IReadOnlyList<ExtractedEvent>? Events, Exception? Error);

    public static IEnumerable<Result> Run(IEnumerable<Document> documents, Func<ExtractionPipeline> createPipeline, int? threads = null)
    {
        using var pipelines = new ThreadLocal<ExtractionPipeline>(createPipeline);
        var results = documents
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(threads ?? Math.Max(1, Environment.ProcessorCount - 1))
            .Select(document =>
            {
                try
                {
                    return new Result(document, pipelines.Value!.Run(document).Events, null);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return new Result(document, null, e);
                }
            });
        foreach (var result in results) yield return result;
    }
}
