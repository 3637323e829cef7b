using System.CommandLine;
using ArabicEventExtraction.Cli.Input;
using ArabicEventExtraction.Cli.Output;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>`aee extract INPUT... -o FILE`: reports in, events (JSON Lines or CSV) out.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "docs .jsonl files (id, dct, text), .txt files, folders of them, or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { Description = "output file (default: standard output)" };
        var format = new Option<string>("--format") { Description = "jsonl or csv", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var dct = new Option<string?>("--dct") { Description = "publication date YYYY-MM-DD for every input (overrides dct in the input)" };
        var summary = new Option<bool>("--summary") { Description = "print a table of the events found to stderr" };

        var command = new Command("extract", "Extract casualty events from Arabic reports.") { inputs, output, format, dct, summary };
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
            return Run(parse.GetValue(inputs)!, parse.GetValue(output), parse.GetValue(format)!, dctValue, parse.GetValue(summary));
        });
        return command;
    }

    private static int Run(string[] inputs, string? outputPath, string format, DateOnly? dct, bool summary)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var reader = new InputReader(dct);
        var progress = new ProgressReporter("extract");
        var table = summary ? new EventSummaryTable() : null;
        int documents = 0, skipped = 0, events = 0;
        long characters = 0;
        var seenIds = new HashSet<string>(StringComparer.Ordinal);

        using var writer = outputPath is null ? Console.Out : new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(false));
        var json = format == "jsonl" ? new EventJsonWriter(writer) : null;
        var csv = format == "csv" ? new FigureCsvWriter(writer) : null;
        csv?.WriteHeader();

        foreach (var item in reader.Read(inputs))
        {
            if (item.Document is not { } doc)
            {
                Console.Error.WriteLine($"skipped {item.Where}: {item.Error}");
                skipped++;
                continue;
            }
            if (!seenIds.Add(doc.Id))
            {
                Console.Error.WriteLine($"skipped {item.Where}: duplicate document id '{doc.Id}'");
                skipped++;
                continue;
            }
            AnalyzedDocument analyzed;
            try
            {
                analyzed = pipeline.Run(doc);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.Error.WriteLine($"skipped {item.Where}: extraction failed ({e.GetType().Name}: {e.Message})");
                skipped++;
                continue;
            }
            foreach (var ev in analyzed.Events)
            {
                json?.Write(ev, doc.Text);
                csv?.Write(ev, doc.Text);
                table?.Add(ev, doc.Text);
                events++;
            }
            documents++;
            characters += doc.Text.Length;
            progress.Report(documents, characters);
        }
        progress.Done();
        writer.Flush();
        table?.Print(Console.Error);
        Console.Error.WriteLine($"{documents} documents, {events} events{(outputPath is null ? "" : $" written to {outputPath}")}{(skipped > 0 ? $"; {skipped} inputs skipped" : "")}");
        return skipped > 0 ? ExitCodes.SomeInputsSkipped : ExitCodes.Ok;
    }
}
