using System.Text;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Learning.Figures;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>Reads docs.jsonl + gold.jsonl, runs the rule stages up to figures, and aligns gold figures to the numbers found.</summary>
public static class FigureCorpusFiles
{
    public const string SplitHelp = "all, train or dev (dev: documents whose id number is a multiple of 5, as in corpus/labelled)";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The labelled documents, or null after printing why the files cannot be used.</summary>
    /// <param name="typoSeed">When set, each document is followed by its misspelt copy (<see cref="FigureTypoAugmenter"/>).</param>
    public static List<LabelledFigureDocument>? Read(string docsPath, string goldPath, string split, int? typoSeed = null)
    {
        Dictionary<string, List<GoldFigure>> gold;
        List<Document> documents = [];
        try
        {
            gold = GoldFigureReader.Read(new StringReader(ReadText(goldPath)), goldPath);
            foreach (var result in DocumentJsonlReader.Read(new StringReader(ReadText(docsPath)), docsPath))
            {
                if (result.Document is not { } document)
                {
                    Console.Error.WriteLine($"error: {result.Where}: {result.Error}");
                    return null;
                }
                documents.Add(document);
            }
        }
        catch (TaggedCorpusException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"error: file '{e.FileName}' does not exist");
            return null;
        }
        catch (DecoderFallbackException)
        {
            Console.Error.WriteLine($"error: {docsPath} or {goldPath} is not valid UTF-8 text");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot read ({e.Message})");
            return null;
        }
        var pipeline = new ExtractionPipeline([new TextStage(), new MentionStage(), new FigureStage()]);
        var selected = documents.Where(d => InSplit(d.Id, split)).ToList();
        if (selected.Count == 0)
        {
            Console.Error.WriteLine($"error: no documents of split '{split}' in {docsPath}");
            return null;
        }
        var labelled = new List<LabelledFigureDocument>();
        foreach (var document in selected)
        {
            var figures = gold.GetValueOrDefault(document.Id) ?? [];
            labelled.Add(LabelledFigureDocument.Create(pipeline.Run(document), figures));
            if (typoSeed is { } seed && FigureTypoAugmenter.Misspell(document, figures, seed) is { } copy)
                labelled.Add(LabelledFigureDocument.Create(pipeline.Run(copy.Document), copy.Gold));
        }
        return labelled;
    }

    private static string ReadText(string path) =>
        File.Exists(path) ? StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF') : throw new FileNotFoundException(null, path);

    private static bool InSplit(string id, string split)
    {
        if (split == "all") return true;
        var digits = new string(id.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
        var isDev = digits.Length > 0 && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 5 == 0;
        return split == "dev" ? isDev : !isDev;
    }
}
