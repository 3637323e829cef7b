namespace ArabicEventExtraction.Cli.Commands;

/// <summary>The models copied next to aee at build time (the repository's models/ folder).</summary>
internal static class ShippedModels
{
    /// <summary>The folder, or null when aee was installed without it (then the rules run alone).</summary>
    public static string? Directory
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "models");
            return System.IO.Directory.Exists(folder) ? folder : null;
        }
    }
}
