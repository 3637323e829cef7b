using System.CommandLine;
using System.Diagnostics;
using ArabicEventExtraction.Cli.Input;
using ArabicEventExtraction.Cli.Search;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Search.Indexing;
using ArabicEventExtraction.Search.Storage;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>`aee index INPUT... --db FILE`: extracts reports (or reads events.jsonl with --docs) into a searchable event store.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "docs .jsonl/.txt files or folders to extract; with --docs, events.jsonl files instead",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = new Option<string>("--db") { Description = "the event store (SQLite file; created if missing)", Required = true };
        var docs = new Option<string[]>("--docs") { Description = "the docs.jsonl the events were extracted from (INPUT are then events.jsonl)", AllowMultipleArgumentsPerToken = true };
        var dct = new Option<string?>("--dct") { Description = "publication date YYYY-MM-DD for every document (overrides dct in the input)" };
        var batch = new Option<int>("--batch") { Description = "documents per transaction", DefaultValueFactory = _ => 1000 };

        var command = new Command("index", "Store documents and their events in a searchable event store; re-indexing replaces, unchanged documents are skipped.")
            { inputs, db, docs, dct, batch };
        command.SetAction(parse =>
        {
            DateOnly? dctValue = null;
            if (parse.GetValue(dct) is { } dctText)
            {
                if (!DocumentJsonlReader.TryParseDate(dctText, out var d))
                {
                    Console.Error.WriteLine($"error: --dct '{dctText}' is not a YYYY-MM-DD date");
                    return ExitCodes.UsageError;
                }
                dctValue = d;
            }
            if (parse.GetValue(batch) < 1)
            {
                Console.Error.WriteLine("error: --batch must be at least 1");
                return ExitCodes.UsageError;
            }
            var dbPath = parse.GetValue(db)!;
            return StoreErrors.Guard(dbPath, () => Run(parse.GetValue(inputs)!, parse.GetValue(docs) ?? [], dbPath, dctValue, parse.GetValue(batch)));
        });
        return command;
    }

    private static int Run(string[] inputs, string[] docs, string dbPath, DateOnly? dct, int batch)
    {
        using var store = EventStore.OpenForWriting(dbPath);
        using var indexer = new EventIndexer(store, ArabicAnalyzer.Default);
        var clock = Stopwatch.StartNew();
        var progress = new Output.ProgressReporter("index");
        int skipped;
        IndexStats stats;
        if (docs.Length > 0)
        {
            var paired = new EventsWithDocuments(inputs, docs, dct);
            stats = indexer.Index(paired.Read(), batch, s => progress.Report(s.Documents, s.Characters));
            skipped = paired.Skipped;
        }
        else
        {
            var extracted = new ExtractedDocuments(new InputReader(dct), () => ExtractionPipeline.CreateDefault(new PipelineOptions { ModelsDirectory = ShippedModels.Directory }));
            stats = indexer.Index(extracted.Read(inputs), batch, s => progress.Report(s.Documents, s.Characters));
            skipped = extracted.Skipped;
        }
        progress.Done();
        store.OptimizeAfter(stats.Added + stats.Replaced);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine(
            $"{stats.Documents} documents ({stats.Added} added, {stats.Replaced} replaced, {stats.Unchanged} unchanged), {stats.Events} events indexed into {dbPath} " +
            $"in {seconds:F1} s ({stats.Documents / Math.Max(seconds, 1e-6):F0} documents/s){(skipped > 0 ? $"; {skipped} inputs skipped" : "")}");
        return skipped > 0 ? ExitCodes.SomeInputsSkipped : ExitCodes.Ok;
    }
}
