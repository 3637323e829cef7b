using System.CommandLine;
using ArabicEventExtraction.Cli.Output;
using ArabicEventExtraction.Cli.Search;
using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Search.Querying;
using ArabicEventExtraction.Search.Storage;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>`aee search "QUERY" --db FILE [filters]`: ranked events with highlighted evidence, and facets.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("query")
        {
            Description = "words (all required), \"exact phrase\", a OR b, -excluded, prefix*; omit to list events by filters only",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var filters = new FilterOptions();
        var limit = new Option<int>("--limit") { Description = "number of hits to show", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "print the result as one JSON object" };
        var facets = new Option<bool>("--facets") { Description = "also count events and killed by actor, governorate, place, month and category" };

        var command = new Command("search", "Search the event store by Arabic words in any inflection, dates, place, actor, category and size.") { query, limit, json, facets };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var (searchFilters, error) = filters.Read(parse);
            if (searchFilters is null)
            {
                Console.Error.WriteLine($"error: {error}");
                return ExitCodes.UsageError;
            }
            if (parse.GetValue(limit) < 0)
            {
                Console.Error.WriteLine("error: --limit must not be negative");
                return ExitCodes.UsageError;
            }
            var dbPath = parse.GetValue(filters.Db)!;
            return StoreErrors.Guard(dbPath, () =>
            {
                using var store = EventStore.OpenForReading(dbPath);
                var result = new EventSearcher(store, ArabicAnalyzer.Default).Search(parse.GetValue(query), searchFilters, parse.GetValue(limit), parse.GetValue(facets));
                if (parse.GetValue(json)) SearchJson.Write(Console.Out, result);
                else SearchText.Write(Console.Out, result);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
