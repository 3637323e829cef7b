using System.CommandLine;
using System.Globalization;
using System.Text;
using ArabicEventExtraction.Cli.Output;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Evaluation;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Learning.Figures;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>
/// `aee evaluate events --gold GOLD.jsonl (--pred EVENTS.jsonl | --docs DOCS.jsonl [--models DIR] [--figures ...])`:
/// the figures of shared/eval/score.py, printed as it prints them.
/// </summary>
public static class EvaluateEventsCommand
{

    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "gold figures: gold.jsonl (shared/schema/EVENTS.md)", Required = true };
        var pred = new Option<string?>("--pred") { Description = "predicted events: events.jsonl (as `aee extract` writes)" };
        var docs = new Option<string?>("--docs") { Description = "documents: docs.jsonl; extract events from them first, then score" };
        var models = new Option<string?>("--models") { Description = "with --docs: models folder for the figure classifier (default: the models shipped with aee)" };
        var figures = new Option<string>("--figures") { Description = "with --docs: rules, rules+model or model (rules: the rules alone)", DefaultValueFactory = _ => "rules+model" };
        figures.AcceptOnlyFromAmong([.. FigureCombinationNames.ByName.Keys]);
        var margin = new Option<float>("--min-margin") { Description = "with rules+model: the model adds a figure only when its label beats the runner-up by this score", DefaultValueFactory = _ => FigureClassifierStage.DefaultMinMargin };
        var writePred = new Option<string?>("--write-pred") { Description = "with --docs: also write the extracted events to this file" };
        var json = new Option<bool>("--json") { Description = "print score.py's --json line" };
        var details = new Option<bool>("--details") { Description = "list missed, partial and spurious figures first" };
        var minFull = new Option<double?>("--min-full-f1") { Description = "exit with 1 when the full-tuple F1 is below this" };
        var command = new Command("events", "Score events against gold figures exactly as shared/eval/score.py does.")
        {
            gold, pred, docs, models, figures, margin, writePred, json, details, minFull,
        };
        command.SetAction(parse =>
        {
            var (predPath, docsPath) = (parse.GetValue(pred), parse.GetValue(docs));
            if ((predPath is null) == (docsPath is null))
            {
                Console.Error.WriteLine("error: give either --pred EVENTS.jsonl or --docs DOCS.jsonl");
                return ExitCodes.UsageError;
            }
            var options = new PipelineOptions { ModelsDirectory = parse.GetValue(models) ?? ShippedModels.Directory, FigureCombination = FigureCombinationNames.ByName[parse.GetValue(figures)!], FigureMinMargin = parse.GetValue(margin) };
            var goldPath = parse.GetValue(gold)!;
            EventScore score;
            try
            {
                var goldFigures = ScoringInput.ReadGold(new StringReader(ReadText(goldPath)), goldPath);
                var predicted = predPath is not null
                    ? ScoringInput.ReadPredictions(new StringReader(ReadText(predPath)), predPath)
                    : ScoringInput.ReadPredictions(new StringReader(Extract(docsPath!, options, parse.GetValue(writePred))), docsPath + " (extracted)");
                score = EventScorer.Score(goldFigures, predicted);
            }
            catch (Exception e) when (e is ScoringInputException or ModelFormatException or IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.UsageError;
            }
            if (parse.GetValue(json)) EventScoreReport.PrintJson(score, Console.Out);
            else EventScoreReport.PrintText(score, Console.Out, parse.GetValue(details));
            return parse.GetValue(minFull) is { } min && score.FullTuple.F1 < min ? ExitCodes.SomeInputsSkipped : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Runs the pipeline over docs.jsonl; the events as `aee extract` writes them, one per line.</summary>
    private static string Extract(string docsPath, PipelineOptions options, string? writePath)
    {
        var pipeline = ExtractionPipeline.CreateDefault(options);
        var events = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new EventJsonWriter(events);
        foreach (var result in DocumentJsonlReader.Read(new StringReader(ReadText(docsPath)), docsPath))
        {
            if (result.Document is not { } document) throw new IOException($"{result.Where}: {result.Error}");
            foreach (var ev in pipeline.Run(document).Events) writer.Write(ev, document.Text);
        }
        if (writePath is not null) File.WriteAllText(writePath, events.ToString(), new UTF8Encoding(false));
        return events.ToString();
    }

    private static string ReadText(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"file '{path}' does not exist");
        return File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
    }
}
