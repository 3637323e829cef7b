using System.CommandLine;
using ArabicEventExtraction.Cli.Input;
using ArabicEventExtraction.Cli.Output;
using ArabicEventExtraction.Cli.Processing;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Readers.Encodings;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>`aee extract INPUT... -o FILE`: reports in, events (JSON Lines or CSV) out.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "docs .jsonl files (id, dct, text), .txt, .html or .pdf files, folders of them, glob patterns, or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { Description = "output file (default: standard output)" };
        var format = new Option<string>("--format") { Description = "jsonl or csv", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var dct = new Option<string?>("--dct") { Description = "publication date YYYY-MM-DD for every input (overrides dct in the input and dates found in HTML pages)" };
        var summary = new Option<bool>("--summary") { Description = "print a table of the events found to stderr" };
        var encoding = new Option<string?>("--encoding") { Description = "encoding of the input files, e.g. windows-1256 (default: detected)" };
        var threads = new Option<int>("--threads") { Description = "documents processed in parallel (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var saveDocs = new Option<string?>("--save-docs") { Description = "write the documents actually processed (id, dct, title, url, source, text) as docs.jsonl to this file" };

        var gazetteers = new Option<string[]>("--gazetteer")
        {
            Description = "extra gazetteer file(s) in our TSV format (see `aee gazetteer import`), merged into the bundled one",
            AllowMultipleArgumentsPerToken = false,
        };

        var models = new Option<string?>("--models") { Description = "folder of trained models whose figure classifier joins the rules (default: the models shipped with aee)" };
        var figures = new Option<string>("--figures") { Description = "rules, rules+model or model (rules: the rules alone, no model)", DefaultValueFactory = _ => "rules+model" };
        figures.AcceptOnlyFromAmong([.. FigureCombinationNames.ByName.Keys]);

        var command = new Command("extract", "Extract casualty events from Arabic reports.") { inputs, output, format, dct, summary, encoding, threads, saveDocs, gazetteers, models, figures };
        command.SetAction(parse =>
        {
            var options = new InputOptions();
            if (parse.GetValue(dct) is { } dctText)
            {
                if (!DocumentJsonlReader.TryParseDate(dctText, out var d))
                    return UsageError($"--dct '{dctText}' is not a YYYY-MM-DD date");
                options = options with { DctOverride = d };
            }
            if (parse.GetValue(encoding) is { } encodingName)
            {
                if (TextEncodings.ByName(encodingName) is not { } e)
                    return UsageError($"--encoding '{encodingName}' is not an encoding this system knows (e.g. utf-8, utf-16, windows-1256, iso-8859-6)");
                options = options with { Encoding = e };
            }
            var threadCount = parse.GetValue(threads);
            if (threadCount < 1) return UsageError($"--threads must be at least 1 (got {threadCount})");
            var extraGazetteers = parse.GetValue(gazetteers) ?? [];
            foreach (var path in extraGazetteers)
            {
                if (!File.Exists(path)) return UsageError($"--gazetteer '{path}': no such file");
                try { Places.Gazetteer.LoadDefault().With(path); }
                catch (Places.GazetteerFormatException e) { return UsageError($"--gazetteer {e.Message}"); }
            }
            var pipelineOptions = new PipelineOptions
            {
                ExtraGazetteers = extraGazetteers,
                ModelsDirectory = parse.GetValue(models) ?? ShippedModels.Directory,
                FigureCombination = FigureCombinationNames.ByName[parse.GetValue(figures)!],
            };
            try { ExtractionPipeline.CreateDefault(pipelineOptions); }
            catch (Exception e) when (e is IOException or Learning.ModelFormatException)
            {
                return UsageError($"--models: {e.Message}");
            }
            var run = new ExtractRun(parse.GetValue(output), parse.GetValue(format)!, parse.GetValue(summary), threadCount, parse.GetValue(saveDocs), pipelineOptions);
            return run.Execute(parse.GetValue(inputs)!, options);
        });
        return command;
    }

    private static int UsageError(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.UsageError;
    }
}
