using System.CommandLine;
using System.Text;
using ArabicEventExtraction.Cli.Search;
using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Search.Export;
using ArabicEventExtraction.Search.Querying;
using ArabicEventExtraction.Search.Storage;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>`aee export --db FILE --format jsonl|csv|geojson [filters]`: the stored events, filtered, for other tools.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "jsonl (events), csv (one row per figure) or geojson (points)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "geojson");
        var output = new Option<string?>("--output", "-o") { Description = "output file (default: standard output)" };
        var query = new Option<string?>("--query", "-q") { Description = "only events of documents matching this full-text query" };
        var filters = new FilterOptions();
        var command = new Command("export", "Write the stored events (filtered) as JSON Lines, CSV or GeoJSON.") { format, output, query };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var (searchFilters, error) = filters.Read(parse);
            if (searchFilters is null)
            {
                Console.Error.WriteLine($"error: {error}");
                return ExitCodes.UsageError;
            }
            var dbPath = parse.GetValue(filters.Db)!;
            return StoreErrors.Guard(dbPath, () => Run(dbPath, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(query), searchFilters));
        });
        return command;
    }

    private static int Run(string dbPath, string format, string? outputPath, string? query, SearchFilters filters)
    {
        using var store = EventStore.OpenForReading(dbPath);
        var rows = new EventSearcher(store, ArabicAnalyzer.Default).Events(query, filters);
        using var stream = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
        var count = 0;
        if (format == "geojson")
        {
            using var geo = new GeoJsonWriter(stream);
            foreach (var row in rows)
            {
                count++;
                geo.Write(row.Json, row.Killed);
            }
            Report(count, $"{geo.Written} with coordinates written", outputPath);
            return ExitCodes.Ok;
        }
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        var csv = format == "csv" ? new FigureCsvWriter(writer) : null;
        csv?.WriteHeader();
        foreach (var row in rows)
        {
            count++;
            if (csv is null)
            {
                writer.WriteLine(row.Json);
                continue;
            }
            var parsed = EventJsonReader.ParseLine(row.Json, dbPath, count);
            if (parsed.Event is { } ev) csv.Write(ev, row.DocumentText);
        }
        writer.Flush();
        Report(count, "written", outputPath);
        return ExitCodes.Ok;
    }

    private static void Report(int events, string what, string? outputPath) =>
        Console.Error.WriteLine($"{events} events, {what}{(outputPath is null ? "" : $" to {outputPath}")}");
}
