using ArabicEventExtraction.Learning.Figures;

namespace ArabicEventExtraction.Learning;

/// <summary>Finds and loads the models of a models folder; every failure names the folder or file.</summary>
public static class ModelDirectory
{
    /// <summary>The figure classifier's file name pattern (`aee train figures -o models/figures-NAME`).</summary>
    public const string FigureModelPattern = "figures*.model";

    public static FigureClassifierModel LoadFigureClassifier(string directory)
    {
        var path = Single(directory, FigureModelPattern, "figure classifier", "aee train figures");
        try
        {
            using var file = File.OpenRead(path);
            return FigureModelFile.Load(file, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException($"{path}: cannot be read ({e.Message})", e);
        }
    }

    private static string Single(string directory, string pattern, string what, string trainCommand)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"models folder '{directory}' does not exist");
        var files = Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal).ToList();
        return files.Count switch
        {
            1 => files[0],
            0 => throw new FileNotFoundException($"no {what} model ({pattern}) in models folder '{directory}'; train one with `{trainCommand}`", Path.Combine(directory, pattern)),
            _ => throw new ModelFormatException($"several {what} models in '{directory}' ({string.Join(", ", files.Select(Path.GetFileName))}); keep one"),
        };
    }
}
