using System.CommandLine;
using System.Globalization;
using ArabicEventExtraction.Cli.Input;
using ArabicEventExtraction.Cli.Output;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Learning.Figures;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>`aee train tagger --train FILE [--dev FILE] -o models/NAME`: trains the entity tagger.</summary>
public static class TrainCommand
{
    public const string ModelExtension = ".model";

    public static Command Create()
    {
        var command = new Command("train", "Train a model from labelled data.");
        command.Subcommands.Add(CreateTagger());
        command.Subcommands.Add(CreateFigures());
        return command;
    }

    private static Command CreateTagger()
    {
        var train = new Option<string>("--train") { Description = "training data: CoNLL `token TAG` lines, or doccano .jsonl", Required = true };
        var dev = new Option<string?>("--dev") { Description = "development data (same formats): scored each epoch; the best epoch is kept and training stops early" };
        var output = new Option<string>("--output", "-o") { Description = $"model file to write (`{ModelExtension}` is added when it has no extension)", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "maximum passes over the training data", DefaultValueFactory = _ => new TrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "seed of the sentence order (same data and seed: same model bytes)", DefaultValueFactory = _ => new TrainingOptions().Seed };
        var dropout = new Option<double>("--word-dropout") { Description = "share of training tokens whose word features are hidden per pass (helps with unseen names)", DefaultValueFactory = _ => new TrainingOptions().WordDropout };
        var noLexicon = new Option<bool>("--no-lexicon") { Description = $"do not use the built-in name lists ({BuiltInLexicons.WorldNamesName}) as features" };
        var created = new Option<string?>("--created") { Description = "creation time recorded in the model (default: SOURCE_DATE_EPOCH if set, else 1970-01-01T00:00:00Z, to keep builds reproducible)" };

        var command = new Command("tagger", "Train the BIO entity tagger (averaged perceptron).") { train, dev, output, epochs, seed, dropout, noLexicon, created };
        command.SetAction(parse =>
        {
            if (parse.GetValue(epochs) < 1)
            {
                Console.Error.WriteLine("error: --epochs must be at least 1");
                return ExitCodes.UsageError;
            }
            if (CreationTime(parse.GetValue(created)) is not { } time) return ExitCodes.UsageError;
            if (parse.GetValue(dropout) is < 0 or >= 1)
            {
                Console.Error.WriteLine("error: --word-dropout must be in [0, 1)");
                return ExitCodes.UsageError;
            }
            var options = new TrainingOptions
            {
                Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), WordDropout = parse.GetValue(dropout), Created = time,
                Lexicons = parse.GetValue(noLexicon) ? [] : [BuiltInLexicons.WorldNames],
            };
            return RunTagger(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!, options);
        });
        return command;
    }

    private static Command CreateFigures()
    {
        var docs = new Option<string>("--docs") { Description = "documents: docs.jsonl (id, dct, text)", Required = true };
        var gold = new Option<string>("--gold") { Description = "gold figures: gold.jsonl (shared/schema/EVENTS.md)", Required = true };
        var output = new Option<string>("--output", "-o") { Description = $"model file to write (`{ModelExtension}` is added when it has no extension)", Required = true };
        var split = new Option<string>("--split") { Description = FigureCorpusFiles.SplitHelp, DefaultValueFactory = _ => "train" };
        split.AcceptOnlyFromAmong("all", "train", "dev");
        var epochs = new Option<int>("--epochs") { Description = "passes over the training data", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "seed of the visiting order", DefaultValueFactory = _ => 1 };
        var created = new Option<string?>("--created") { Description = "creation time recorded in the model (default as for the tagger)" };
        var typos = new Option<bool>("--typo-copies") { Description = "also train on a copy of each document with misspelt victim nouns: true or false", DefaultValueFactory = _ => true, Arity = ArgumentArity.ExactlyOne };
        var command = new Command("figures", "Train the figure classifier (category, group or not a figure for each number).") { docs, gold, output, split, epochs, seed, created, typos };
        command.SetAction(parse =>
        {
            if (parse.GetValue(epochs) < 1)
            {
                Console.Error.WriteLine("error: --epochs must be at least 1");
                return ExitCodes.UsageError;
            }
            if (CreationTime(parse.GetValue(created)) is not { } time) return ExitCodes.UsageError;
            var typoSeed = parse.GetValue(typos) ? parse.GetValue(seed) : (int?)null;
            if (FigureCorpusFiles.Read(parse.GetValue(docs)!, parse.GetValue(gold)!, parse.GetValue(split)!, typoSeed) is not { } documents) return ExitCodes.UsageError;
            var options = new TrainingOptions { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), Created = time };
            var model = FigureClassifierTrainer.Train(documents, options, PrintEpoch);
            var path = parse.GetValue(output)!;
            if (Path.GetExtension(path).Length == 0) path += ModelExtension;
            if (!Write(path, stream => FigureModelFile.Save(model, stream))) return ExitCodes.Failed;
            Console.Error.WriteLine($"{documents.Count(d => !d.Document.Document.Id.EndsWith(FigureTypoAugmenter.IdSuffix, StringComparison.Ordinal))} documents (+{documents.Count(d => d.Document.Document.Id.EndsWith(FigureTypoAugmenter.IdSuffix, StringComparison.Ordinal))} misspelt copies), {model.Metadata.Candidates} numbers, categories {string.Join(" ", model.Metadata.Categories)}, groups {string.Join(" ", model.Metadata.Groups)}");
            Console.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024.0:F0} KB)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool Write(string path, Action<Stream> save)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null) Directory.CreateDirectory(directory);
            using var file = File.Create(path);
            save(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write {path} ({e.Message})");
            return false;
        }
    }

    private static int RunTagger(string trainPath, string? devPath, string outputPath, TrainingOptions options)
    {
        if (TaggedCorpusFiles.Read(trainPath, "--train") is not { } train) return ExitCodes.UsageError;
        List<TaggedSentence>? dev = null;
        if (devPath is not null && (dev = TaggedCorpusFiles.Read(devPath, "--dev")) is null) return ExitCodes.UsageError;
        if (Path.GetExtension(outputPath).Length == 0) outputPath += ModelExtension;
        Console.Error.WriteLine($"training on {train.Count} sentences, {train.Sum(s => s.Tokens.Count)} tokens" +
            (dev is null ? "" : $"; dev {dev.Count} sentences"));

        var result = PerceptronTrainer.Train(train, dev, options, PrintEpoch);
        if (!Write(outputPath, stream => TaggerModelFile.Save(result.Model, stream))) return ExitCodes.Failed;

        var meta = result.Model.Metadata;
        Console.Error.WriteLine($"kept epoch {meta.BestEpoch} of {meta.EpochsRun}; {result.Model.FeatureCount} features, " +
            $"labels {string.Join(' ', meta.Labels)}");
        if (result.Dev is { } report) EvaluationTable.Print(report, Console.Error);
        Console.Error.WriteLine($"wrote {outputPath} ({new FileInfo(outputPath).Length / 1024.0 / 1024.0:F1} MB)");
        return ExitCodes.Ok;
    }

    private static void PrintEpoch(EpochReport e)
    {
        var dev = e.DevMicroF1 is { } f ? FormattableString.Invariant($", dev micro F1 {f:F4}{(e.IsBest ? " (best)" : "")}") : "";
        Console.Error.WriteLine(FormattableString.Invariant(
            $"{e.Stage}: epoch {e.Epoch}/{e.MaxEpochs}: train token accuracy {e.TrainTokenAccuracy * 100:F2}%{dev}, {e.Elapsed.TotalSeconds:F1} s"));
    }

    /// <summary>--created as given (ISO 8601), else SOURCE_DATE_EPOCH, else the fixed default; null after an error message.</summary>
    private static string? CreationTime(string? option)
    {
        if (option is not null)
        {
            if (DateTimeOffset.TryParse(option, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
                return t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            Console.Error.WriteLine($"error: --created '{option}' is not a date-time such as 2026-11-22T05:00:00Z");
            return null;
        }
        if (Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { Length: > 0 } epoch &&
            long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new TrainingOptions().Created;
    }
}
