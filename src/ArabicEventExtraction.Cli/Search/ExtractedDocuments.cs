using ArabicEventExtraction.Cli.Input;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Search.Indexing;

namespace ArabicEventExtraction.Cli.Search;

/// <summary>Documents run through the extraction pipeline (ParallelExtraction), ready to index; unreadable inputs and failures are reported and skipped.</summary>
public sealed class ExtractedDocuments(InputReader reader, Func<ExtractionPipeline> createPipeline)
{
    public int Skipped { get; private set; }

    public IEnumerable<IndexItem> Read(IEnumerable<string> inputs)
    {
        var where = new Dictionary<Document, string>(ReferenceEqualityComparer.Instance);
        foreach (var result in ParallelExtraction.Run(Documents(inputs, where), createPipeline))
        {
            string origin;
            lock (where)
            {
                origin = where[result.Document];
                where.Remove(result.Document);
            }
            if (result.Events is null)
            {
                Report($"{origin}: extraction failed ({result.Error!.GetType().Name}: {result.Error.Message})");
                continue;
            }
            yield return IndexItem.FromExtraction(result.Document, result.Events);
        }
    }

    // Pulled by the extraction threads one at a time, so reporting and the duplicate check stay sequential.
    private IEnumerable<Document> Documents(IEnumerable<string> inputs, Dictionary<Document, string> where)
    {
        foreach (var item in DuplicateIds.Reject(reader.Read(inputs)))
        {
            if (item.Document is not { } doc)
            {
                Report($"{item.Where}: {item.Error}");
                continue;
            }
            lock (where) where[doc] = item.Where;
            yield return doc;
        }
    }

    private void Report(string message)
    {
        lock (this)
        {
            Console.Error.WriteLine($"skipped {message}");
            Skipped++;
        }
    }
}
