using System.CommandLine;
using ArabicEventExtraction.Cli.Input;
using ArabicEventExtraction.Cli.Output;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Learning.Figures;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>`aee evaluate tagger|figures|events`: scores of the tagger, the figure classifier, and extracted events.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var command = new Command("evaluate", "Score a model against labelled data.");
        command.Subcommands.Add(CreateTagger());
        command.Subcommands.Add(CreateFigures());
        command.Subcommands.Add(EvaluateEventsCommand.Create());
        return command;
    }

    private static Command CreateTagger()
    {
        var model = new Option<string>("--model") { Description = "tagger model file (from `aee train tagger`)", Required = true };
        var test = new Option<string>("--test") { Description = "labelled data: CoNLL `token TAG` lines, or doccano .jsonl", Required = true };
        var predictions = new Option<string?>("--predictions") { Description = "also write `token gold predicted` lines (conlleval input) to this file" };
        var command = new Command("tagger", "Entity-level precision, recall and F1 of the tagger (conlleval style).") { model, test, predictions };
        command.SetAction(parse => RunTagger(parse.GetValue(model)!, parse.GetValue(test)!, parse.GetValue(predictions)));
        return command;
    }

    private static Command CreateFigures()
    {
        var model = new Option<string>("--model") { Description = "figure classifier model file (from `aee train figures`)", Required = true };
        var docs = new Option<string>("--docs") { Description = "documents: docs.jsonl", Required = true };
        var gold = new Option<string>("--gold") { Description = "gold figures: gold.jsonl", Required = true };
        var split = new Option<string>("--split") { Description = FigureCorpusFiles.SplitHelp, DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong("all", "train", "dev");
        var margin = new Option<float>("--min-margin") { Description = "RulesThenModel: the model adds a figure only when its label beats the runner-up by this score", DefaultValueFactory = _ => FigureClassifierStage.DefaultMinMargin };
        var command = new Command("figures", "Figure-level P/R/F1 per category for the rules, the model, and rules then model.") { model, docs, gold, split, margin };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(model)!;
            FigureClassifierModel classifier;
            try
            {
                using var file = File.OpenRead(path);
                classifier = FigureModelFile.Load(file, path);
            }
            catch (Exception e) when (e is ModelFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(e is FileNotFoundException ? $"error: model file '{path}' does not exist" : $"error: {e.Message}");
                return ExitCodes.UsageError;
            }
            if (FigureCorpusFiles.Read(parse.GetValue(docs)!, parse.GetValue(gold)!, parse.GetValue(split)!) is not { } documents) return ExitCodes.UsageError;
            foreach (var combination in Enum.GetValues<FigureCombination>())
            {
                Console.Out.WriteLine(combination == FigureCombination.RulesThenModel ? $"== {combination} (min margin {parse.GetValue(margin)})" : $"== {combination}");
                var report = FigureEvaluator.Evaluate(documents.Select(d => (d, FigureDecisions.Decide(classifier, d.Candidates, d.Features, combination, parse.GetValue(margin)))));
                EvaluationTable.Print(report, Console.Out, "number");

            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int RunTagger(string modelPath, string testPath, string? predictionsPath)
    {
        if (LoadModel(modelPath) is not { } tagger) return ExitCodes.UsageError;
        if (TaggedCorpusFiles.Read(testPath, "--test") is not { } test) return ExitCodes.UsageError;
        var meta = tagger.Metadata;
        Console.Error.WriteLine($"model {modelPath}: {meta.Kind}, {(tagger.Second is null ? 1 : 2)} layer(s), created {meta.Created}, " +
            $"trained on {meta.TrainingSentences} sentences / {meta.TrainingTokens} tokens (sha256 {meta.TrainingDataSha256[..Math.Min(16, meta.TrainingDataSha256.Length)]}…)");
        // The file is taken as one running text, so the model's document memory sees nearby sentences.
        var predicted = tagger.TagDocument(test.Select(s => s.Tokens).ToList()).Select(t => (IReadOnlyList<string>)t).ToList();
        var report = ChunkEvaluator.Evaluate(test.Select(s => s.Tags).ToList(), predicted);
        EvaluationTable.Print(report, Console.Out);
        if (predictionsPath is not null) WritePredictions(predictionsPath, test, predicted);
        return ExitCodes.Ok;
    }

    private static void WritePredictions(string path, List<TaggedSentence> test, List<IReadOnlyList<string>> predicted)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        for (var s = 0; s < test.Count; s++)
        {
            for (var i = 0; i < test[s].Tokens.Count; i++)
                writer.WriteLine($"{test[s].Tokens[i]} {test[s].Tags[i]} {predicted[s][i]}");
            writer.WriteLine();
        }
    }

    internal static TaggerModel? LoadModel(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: model file '{path}' does not exist");
            return null;
        }
        try
        {
            using var file = File.OpenRead(path);
            return TaggerModelFile.Load(file, path);
        }
        catch (ModelFormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {path}: cannot be read ({e.Message})");
        }
        return null;
    }
}
