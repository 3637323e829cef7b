using ArabicEventExtraction.Cli.Input;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Search.Indexing;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Cli.Search;

/// <summary>
/// Pairs events.jsonl files with the documents they were read from: events are grouped by doc_id in
/// memory (they are small), documents are streamed. Every problem is reported with file and line.
/// </summary>
public sealed class EventsWithDocuments(IReadOnlyList<string> eventFiles, IReadOnlyList<string> docInputs, DateOnly? dct)
{
    public int Skipped { get; private set; }

    public IEnumerable<IndexItem> Read()
    {
        var byDoc = new Dictionary<string, List<(StoredEvent Event, string Where)>>(StringComparer.Ordinal);
        foreach (var file in eventFiles)
        {
            if (!File.Exists(file))
            {
                Report($"{file}: no such file");
                continue;
            }
            using var reader = new StreamReader(file);
            foreach (var r in EventJsonReader.Read(reader, file))
            {
                if (r.Event is not { } ev)
                {
                    Report($"{r.Where}: {r.Error}");
                    continue;
                }
                if (!byDoc.TryGetValue(ev.DocId, out var list)) byDoc[ev.DocId] = list = [];
                list.Add((new StoredEvent(ev, r.Json!), r.Where));
            }
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in DuplicateIds.Reject(new InputReader(dct).Read(docInputs)))
        {
            if (item.Document is not { } doc)
            {
                Report($"{item.Where}: {item.Error}");
                continue;
            }
            seen.Add(doc.Id);
            var events = new List<StoredEvent>();
            foreach (var (stored, where) in byDoc.GetValueOrDefault(doc.Id) ?? [])
            {
                if (LastOffset(stored.Event) > doc.Text.Length)
                    Report($"{where}: event {stored.Event.EventId} has a span ending at {LastOffset(stored.Event)}, beyond the end of document '{doc.Id}' ({doc.Text.Length} characters)");
                else
                    events.Add(stored);
            }
            yield return new IndexItem(doc, events);
        }
        foreach (var (docId, events) in byDoc)
            if (!seen.Contains(docId))
                Report($"{events[0].Where}: document '{docId}' is not in the --docs input; its {events.Count} event(s) were skipped");
    }

    private static int LastOffset(ExtractedEvent ev) =>
        ev.Figures.Select(f => f.Span.End).Concat(ev.Places.Select(p => p.Span.End)).Concat(ev.Actors.Select(a => a.Span.End)).Append(ev.Evidence.End).Max();

    private void Report(string message)
    {
        Console.Error.WriteLine($"skipped {message}");
        Skipped++;
    }
}
