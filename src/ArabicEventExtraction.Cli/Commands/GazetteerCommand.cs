using System.CommandLine;
using System.Text;
using ArabicEventExtraction.Places;

namespace ArabicEventExtraction.Cli.Commands;

/// <summary>`aee gazetteer import FILE [-o OUT.tsv]`: GeoNames dump in, user gazetteer (our TSV) out or merged.</summary>
public static class GazetteerCommand
{
    private const int ErrorsShown = 20;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "a geonames.org country dump (tab-separated, e.g. SY.txt)" };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "gazetteer TSV to write; when it exists, the imported places are merged into it (same id replaced)",
        };
        var import = new Command("import", "Import the places with Arabic names of a GeoNames dump into a gazetteer file.") { file, output };
        import.SetAction(parse => Import(parse.GetValue(file)!, parse.GetValue(output)));
        return new Command("gazetteer", "Manage gazetteer files (extra places for the place recognizer).") { import };
    }

    private static int Import(string path, string? outputPath)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: {path}: no such file");
            return ExitCodes.UsageError;
        }
        List<GazetteerEntry> existing = [];
        if (outputPath is not null && File.Exists(outputPath))
        {
            try { existing = Gazetteer.Load(outputPath).Entries.ToList(); }
            catch (GazetteerFormatException e)
            {
                Console.Error.WriteLine($"error: cannot merge into {e.Message}");
                return ExitCodes.UsageError;
            }
        }
        GeoNamesImport result;
        try
        {
            result = new GeoNamesImporter(Gazetteer.LoadDefault()).Import(File.ReadLines(path, Encoding.UTF8), path);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {path}: {e.Message}");
            return ExitCodes.Failed;
        }
        foreach (var error in result.Errors.Take(ErrorsShown)) Console.Error.WriteLine($"skipped {error}");
        if (result.Errors.Count > ErrorsShown) Console.Error.WriteLine($"... and {result.Errors.Count - ErrorsShown} more malformed rows");

        var merged = new Gazetteer(existing.Concat(result.Entries));
        if (outputPath is null)
        {
            GazetteerTsv.Write(Console.Out, merged.Entries);
            Console.Out.Flush();
        }
        else
        {
            using var writer = new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
            GazetteerTsv.Write(writer, merged.Entries);
        }
        Console.Error.WriteLine(
            $"{result.Entries.Count} places imported from {path}" +
            (existing.Count > 0 ? $", merged with {existing.Count} existing ({merged.Count} in all)" : "") +
            (outputPath is null ? "" : $", written to {outputPath}") +
            $"; left out: {result.WithoutArabicName} without an Arabic name, {result.OtherFeatures} of other feature kinds" +
            (result.Errors.Count > 0 ? $", {result.Errors.Count} malformed" : ""));
        return result.Errors.Count > 0 ? ExitCodes.SomeInputsSkipped : ExitCodes.Ok;
    }
}
