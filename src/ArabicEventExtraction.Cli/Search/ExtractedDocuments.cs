using ArabicEventExtraction.Cli.Input;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Search.Indexing;

namespace ArabicEventExtraction.Cli.Search;

/// <summary>Documents run through the extraction pipeline, ready to index; unreadable inputs and failures are reported and skipped.</summary>
public sealed class ExtractedDocuments(InputReader reader, ExtractionPipeline pipeline)
{
    public int Skipped { get; private set; }

    public IEnumerable<IndexItem> Read(IEnumerable<string> inputs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in reader.Read(inputs))
        {
            if (item.Document is not { } doc)
            {
                Report($"{item.Where}: {item.Error}");
                continue;
            }
            if (!seen.Add(doc.Id))
            {
                Report($"{item.Where}: duplicate document id '{doc.Id}'");
                continue;
            }
            AnalyzedDocument analyzed;
            try
            {
                analyzed = pipeline.Run(doc);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Report($"{item.Where}: extraction failed ({e.GetType().Name}: {e.Message})");
                continue;
            }
            yield return IndexItem.FromExtraction(doc, analyzed.Events);
        }
    }

    private void Report(string message)
    {
        Console.Error.WriteLine($"skipped {message}");
        Skipped++;
    }
}
